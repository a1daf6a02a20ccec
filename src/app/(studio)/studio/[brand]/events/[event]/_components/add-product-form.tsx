"use client";
import { useState } from "react";
import { useTranslations } from "use-intl";
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
  const t = useTranslations("studio.catalog.productForm");
  // The fields are the form's children: after a save they are mounted afresh, kind included.
  return (
    <ActionForm action={action} submit={t("add")} pendingLabel={t("adding")}>
      <ProductFields {...props} />
    </ActionForm>
  );
}

/** The fields of the kind shown, and only those. */
function ProductFields({ currency, tickets, pools }: Props) {
  const t = useTranslations("studio.catalog.productForm");
  const [kind, setKind] = useState<"ticket" | "merch" | "addon">("ticket");
  return (
    <>
      <div className="flex flex-wrap gap-3">
        <Select
          label={t("kind")}
          name="kind"
          value={kind}
          onChange={(e) => setKind(e.target.value as typeof kind)}
          options={[
            { value: "ticket", label: t("kinds.ticket") },
            { value: "merch", label: t("kinds.merch") },
            { value: "addon", label: t("kinds.addon") },
          ]}
        />
        <Input
          label={t("name")}
          name="name"
          placeholder={t(`namePlaceholder.${kind}`)}
          className="min-w-48 flex-1"
        />
        <Input
          key={kind} // its default follows the kind (merch 19 %, the rest 7 %)
          label={t("taxRate")}
          name="taxRate"
          type="number"
          step="0.01"
          min="0"
          defaultValue={kind === "merch" ? "19" : "7"}
          className="w-24"
        />
      </div>
      <Input label={t("description")} name="description" />
      <div className="flex flex-wrap gap-3">
        <Select
          label={t("whoCanBuy")}
          name="visibility"
          defaultValue="public"
          options={[
            { value: "public", label: t("visibility.public") },
            { value: "hidden", label: t("visibility.hidden") },
            { value: "box_office", label: t("visibility.boxOffice") },
          ]}
        />
        <Input
          label={t("minPerOrder")}
          name="minPerOrder"
          type="number"
          min="1"
          defaultValue="1"
          className="w-28"
        />
        <Input
          label={t("maxPerOrder")}
          name="maxPerOrder"
          type="number"
          min="1"
          defaultValue="10"
          className="w-28"
        />
        <Input label={t("salesStart")} name="salesStart" type="datetime-local" />
        <Input label={t("salesEnd")} name="salesEnd" type="datetime-local" />
      </div>
      <ChannelChecks />
      {kind === "merch" ? <VariantRows /> : <Supply pools={pools} />}
      {kind === "addon" && tickets.length ? (
        <fieldset className="text-sm">
          <legend className="font-medium">{t("onlyWith")}</legend>
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
        <p className="mb-1 text-sm font-medium">{t("priceNewPhases", { currency })}</p>
        <PhaseRows name="phases" />
      </div>
    </>
  );
}

/** Merch: its sizes or colours, each with its stock; a SKU left blank is made from the names. */
function VariantRows() {
  const t = useTranslations("studio.catalog");
  return (
    <div>
      <p className="mb-1 text-sm font-medium">{t("productForm.variantsAndStock")}</p>
      <FieldError name="variants" />
      <Rows
        name="variants"
        initial={3}
        addLabel={t("productForm.addVariantRow")}
        render={(p, i) => (
          <>
            <Input
              label={t("variantForm.variant")}
              name={`${p}.name`}
              placeholder={t("variantForm.variantPlaceholder", { size: ["S", "M", "L"][i] ?? "XL" })}
              className="w-28"
            />
            <Input
              label={t("variantForm.skuOptional")}
              name={`${p}.sku`}
              placeholder={t("variantForm.skuMadeForYou")}
              className="w-36"
            />
            <Input
              label={t("variantForm.stock")}
              name={`${p}.stock`}
              type="number"
              min="0"
              className="w-24"
            />
          </>
        )}
      />
    </div>
  );
}

/** A ticket or add-on: a capacity of its own, a shared pool it draws from, or both. */
function Supply({ pools }: { pools: Props["pools"] }) {
  const t = useTranslations("studio.catalog.productForm");
  return (
    <div className="flex flex-wrap gap-3">
      <Input
        label={t("capacity")}
        name="capacity"
        type="number"
        min="0"
        placeholder={t("capacityPlaceholder")}
        className="w-56"
      />
      {pools.length ? (
        <Select
          label={t("drawFromPool")}
          name="poolId"
          defaultValue=""
          options={[
            { value: "", label: t("noPool") },
            ...pools.map((p) => ({
              value: p.id,
              label: t("poolOption", { name: p.name, capacity: p.capacity }),
            })),
          ]}
        />
      ) : null}
    </div>
  );
}
