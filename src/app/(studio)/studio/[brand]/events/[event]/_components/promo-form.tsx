"use client";
import { useState } from "react";
import { ActionForm, FieldError, type FormState } from "@/components/action-form";
import { Input, Select } from "./rows";

export function PromoForm({
  action,
  products,
  otherEvents,
}: {
  action: (s: FormState, fd: FormData) => Promise<FormState>;
  products: { id: string; name: string; hidden: boolean }[];
  /** The brand's other events, to widen a code to. */
  otherEvents: { id: string; name: string }[];
}) {
  const [scope, setScope] = useState("cart");
  const [reach, setReach] = useState("event");
  return (
    <ActionForm action={action} submit="Create code" pendingLabel="Creating…">
      <div className="flex flex-wrap gap-3">
        {/* The code in capitals as the fan will type it; its label stays "Code" like its neighbours. */}
        <Input
          label="Code"
          name="code"
          placeholder="e.g. EARLY10"
          className="w-36 [&_input]:uppercase [&_input::placeholder]:normal-case"
        />
        <Select
          label="Kind"
          name="kind"
          defaultValue="percent"
          options={[
            { value: "percent", label: "Percent off" },
            { value: "amount", label: "Amount off each" },
          ]}
        />
        <Input label="Value" name="value" type="number" step="0.01" placeholder="e.g. 10" className="w-24" />
        <Select
          label="Applies to"
          name="scope"
          value={scope}
          onChange={(e) => setScope(e.target.value)}
          options={[
            { value: "cart", label: "The whole cart" },
            { value: "products", label: "Some products" },
            { value: "bundles", label: "Bundles only" },
          ]}
        />
        <Select
          label="Valid at"
          name="reach"
          value={reach}
          onChange={(e) => setReach(e.target.value)}
          options={[
            { value: "event", label: "This event only" },
            ...(otherEvents.length ? [{ value: "events", label: "This event and others I choose" }] : []),
            { value: "brand", label: "Every event of the brand (brand-wide)" },
          ]}
        />
      </div>
      {scope === "products" ? (
        <fieldset className="text-sm">
          <legend className="font-medium">Products</legend>
          <div className="flex flex-wrap gap-3">
            {products.map((p) => (
              <label key={p.id} className="flex items-center gap-1">
                <input type="checkbox" name="productIds" value={p.id} /> {p.name}
              </label>
            ))}
          </div>
          <FieldError name="productIds" />
        </fieldset>
      ) : null}
      {reach === "events" ? (
        <fieldset className="text-sm">
          <legend className="font-medium">Also valid at</legend>
          <div className="flex flex-wrap gap-3">
            {otherEvents.map((e) => (
              <label key={e.id} className="flex items-center gap-1">
                <input type="checkbox" name="eventIds" value={e.id} /> {e.name}
              </label>
            ))}
          </div>
          <FieldError name="eventIds" />
        </fieldset>
      ) : null}
      <div className="flex flex-wrap gap-3">
        <Input label="Valid from (event time)" name="validFrom" type="datetime-local" />
        <Input label="Valid until" name="validUntil" type="datetime-local" />
        <Input label="Max uses" name="maxUses" type="number" min="1" className="w-24" />
        <Input label="Max units per order" name="maxPerOrder" type="number" min="1" className="w-36" />
      </div>
      {products.some((p) => p.hidden) ? (
        <fieldset className="text-sm">
          <legend className="font-medium">Unlocks hidden products</legend>
          <div className="flex flex-wrap gap-3">
            {products
              .filter((p) => p.hidden)
              .map((p) => (
                <label key={p.id} className="flex items-center gap-1">
                  <input type="checkbox" name="unlocksProductIds" value={p.id} /> {p.name}
                </label>
              ))}
          </div>
        </fieldset>
      ) : null}
    </ActionForm>
  );
}
