"use client";
import { useState } from "react";
import { ActionForm, FieldError, type FormState } from "@/components/action-form";
import { ChannelChecks, Input, PhaseRows, Rows, Select } from "./rows";

type Props = {
  currency: string;
  tickets: { id: string; name: string }[];
  /** Shared pools a ticket or add-on can draw from instead of (or beside) a capacity of its own. */
  pools: { id: string; name: string; capacity: number }[];
};

/** Add a ticket, merch (sizes/colours with their stock) or an add-on, with its price phases. */
export function AddProductForm({
  action,
  ...props
}: Props & { action: (s: FormState, fd: FormData) => Promise<FormState> }) {
  // The fields are the form's children: after a save they are mounted afresh, kind included.
  return (
    <ActionForm action={action} submit="Add product" pendingLabel="Adding…">
      <ProductFields {...props} />
    </ActionForm>
  );
}

/** The fields of the kind shown, and only those. */
function ProductFields({ currency, tickets, pools }: Props) {
  const [kind, setKind] = useState("ticket");
  return (
    <>
      <div className="flex flex-wrap gap-3">
        <Select
          label="Kind"
          name="kind"
          value={kind}
          onChange={(e) => setKind(e.target.value)}
          options={[
            { value: "ticket", label: "Ticket" },
            { value: "merch", label: "Merch (shipped)" },
            { value: "addon", label: "Add-on (parking, locker…)" },
          ]}
        />
        <Input
          label="Name"
          name="name"
          placeholder={`e.g. ${kind === "merch" ? "T-shirt" : kind === "addon" ? "Parking" : "Day ticket"}`}
          className="min-w-48 flex-1"
        />
        <Input
          key={kind} // its default follows the kind (merch 19 %, the rest 7 %)
          label="Tax rate %"
          name="taxRate"
          type="number"
          step="0.01"
          min="0"
          defaultValue={kind === "merch" ? "19" : "7"}
          className="w-24"
        />
      </div>
      <Input label="Description" name="description" />
      <div className="flex flex-wrap gap-3">
        <Select
          label="Who can buy it"
          name="visibility"
          defaultValue="public"
          options={[
            { value: "public", label: "Everyone (shop)" },
            { value: "hidden", label: "Hidden: with a promo code" },
            { value: "box_office", label: "Box office only" },
          ]}
        />
        <Input
          label="Min per order"
          name="minPerOrder"
          type="number"
          min="1"
          defaultValue="1"
          className="w-28"
        />
        <Input
          label="Max per order"
          name="maxPerOrder"
          type="number"
          min="1"
          defaultValue="10"
          className="w-28"
        />
        <Input label="Sales start (event time)" name="salesStart" type="datetime-local" />
        <Input label="Sales end" name="salesEnd" type="datetime-local" />
      </div>
      <ChannelChecks />
      {kind === "merch" ? <VariantRows /> : <Supply pools={pools} />}
      {kind === "addon" && tickets.length ? (
        <fieldset className="text-sm">
          <legend className="font-medium">Only with one of these in the same order</legend>
          <div className="flex flex-wrap gap-3">
            {tickets.map((t) => (
              <label key={t.id} className="flex items-center gap-1">
                <input type="checkbox" name="requiresProductIds" value={t.id} /> {t.name}
              </label>
            ))}
          </div>
        </fieldset>
      ) : null}
      <div>
        <p className="mb-1 text-sm font-medium">
          Price ({currency}) — one phase, or several that follow each other
        </p>
        <PhaseRows name="phases" />
      </div>
    </>
  );
}

/** Merch: its sizes or colours, each with its stock; a SKU left blank is made from the names. */
function VariantRows() {
  return (
    <div>
      <p className="mb-1 text-sm font-medium">Variants and their stock</p>
      <FieldError name="variants" />
      <Rows
        name="variants"
        initial={3}
        addLabel="variant"
        render={(p, i) => (
          <>
            <Input
              label="Variant"
              name={`${p}.name`}
              placeholder={`e.g. ${["S", "M", "L"][i] ?? "XL"}`}
              className="w-28"
            />
            <Input label="SKU (optional)" name={`${p}.sku`} placeholder="made for you" className="w-36" />
            <Input label="Stock" name={`${p}.stock`} type="number" min="0" className="w-24" />
          </>
        )}
      />
    </div>
  );
}

/** A ticket or add-on: a capacity of its own, a shared pool it draws from, or both. */
function Supply({ pools }: { pools: Props["pools"] }) {
  return (
    <div className="flex flex-wrap gap-3">
      <Input
        label="Capacity (a pool of its own)"
        name="capacity"
        type="number"
        min="0"
        placeholder="e.g. 200"
        className="w-56"
      />
      {pools.length ? (
        <Select
          label="Or draw from a shared pool"
          name="poolId"
          defaultValue=""
          options={[
            { value: "", label: "None" },
            ...pools.map((p) => ({ value: p.id, label: `${p.name} (${p.capacity})` })),
          ]}
        />
      ) : null}
    </div>
  );
}
