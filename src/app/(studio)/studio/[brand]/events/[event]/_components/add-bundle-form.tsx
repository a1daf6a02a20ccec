"use client";
import { useState } from "react";
import { useTranslations } from "use-intl";
import { ActionForm, FieldError, type FormState } from "@/components/action-form";
import { Input, PhaseRows, Rows, Select, type PhaseDefaults } from "./rows";

/** A product a bundle can contain: its id, name, own price and variants (sizes, colours). */
export type PartOption = {
  value: string;
  label: string;
  price: string;
  variants: { id: string; name: string }[];
};
/** A row of the form: a product, its ticked variants, and one in-bundle price for the row. */
export type ComponentDefaults = {
  key: string;
  variantIds: string[];
  quantity: string;
  role: string;
  group: string;
  price: string;
};
export type BundlePricingDefaults = {
  mode: string;
  discountKind: string;
  discountValue: string;
  phases: PhaseDefaults[];
};

/** Build a bundle: pick components (fixed, optional, or one of a choice), and how it is priced. */
export function AddBundleForm({
  action,
  parts,
  currency,
}: {
  action: (s: FormState, fd: FormData) => Promise<FormState>;
  parts: PartOption[];
  currency: string;
}) {
  const t = useTranslations("studio.catalog.bundleForm");
  return (
    <ActionForm action={action} submit={t("add")} pendingLabel={t("adding")}>
      <div className="flex flex-wrap gap-3">
        <Input label={t("name")} name="name" placeholder={t("namePlaceholder")} className="min-w-48 flex-1" />
        <Input
          label={t("maxPerOrder")}
          name="maxPerOrder"
          type="number"
          min="1"
          defaultValue="10"
          className="w-28"
        />
        <Input label={t("ownLimit")} name="capacity" type="number" min="0" className="w-36" />
      </div>
      <Input label={t("description")} name="description" />
      <p className="text-xs text-zinc-500">{t("tax")}</p>
      <BundleParts parts={parts} currency={currency} />
    </ActionForm>
  );
}

/** Change a bundle's components and pricing. */
export function EditBundleForm({
  action,
  parts,
  currency,
  components,
  pricing,
}: {
  action: (s: FormState, fd: FormData) => Promise<FormState>;
  parts: PartOption[];
  currency: string;
  components: ComponentDefaults[];
  pricing: BundlePricingDefaults;
}) {
  const t = useTranslations("studio.catalog.bundleForm");
  return (
    <ActionForm action={action} submit={t("save")} pendingLabel={t("saving")} resetOnSuccess={false}>
      <BundleParts parts={parts} currency={currency} components={components} pricing={pricing} />
    </ActionForm>
  );
}

function BundleParts({
  parts,
  currency,
  components = [],
  pricing,
}: {
  parts: PartOption[];
  currency: string;
  components?: ComponentDefaults[];
  pricing?: BundlePricingDefaults;
}) {
  const t = useTranslations("studio.catalog.bundleForm");
  const [mode, setMode] = useState(pricing?.mode ?? "sum");
  const [discountKind, setDiscountKind] = useState(pricing?.discountKind ?? "none");
  return (
    <>
      <div>
        <p className="mb-1 text-sm font-medium">{t("components")}</p>
        <FieldError name="components" />
        <Rows
          name="components"
          initial={Math.max(2, components.length)}
          addLabel={t("addComponentRow")}
          render={(p, i) => (
            <ComponentRow prefix={p} index={i} parts={parts} currency={currency} defaults={components[i]} />
          )}
        />
        <p className="mt-1 text-xs text-zinc-500">{t("componentsHelp")}</p>
      </div>
      <fieldset className="flex flex-col gap-2 text-sm">
        <legend className="mb-1 font-medium">{t("pricing")}</legend>
        <label className="flex items-center gap-2">
          <input
            type="radio"
            name="pricing.mode"
            value="sum"
            checked={mode === "sum"}
            onChange={() => setMode("sum")}
          />{" "}
          {t("modeSum")}
        </label>
        <label className="flex items-center gap-2">
          <input
            type="radio"
            name="pricing.mode"
            value="fixed"
            checked={mode === "fixed"}
            onChange={() => setMode("fixed")}
          />{" "}
          {t("modeFixed")}
        </label>
        {mode === "sum" ? (
          <div className="flex flex-wrap gap-3">
            <Select
              label={t("discount")}
              name="pricing.discountKind"
              value={discountKind}
              onChange={(e) => setDiscountKind(e.target.value)}
              options={[
                { value: "none", label: t("discountKinds.none") },
                { value: "percent", label: t("discountKinds.percent") },
                { value: "amount", label: t("discountKinds.amount", { currency }) },
              ]}
            />
            {discountKind !== "none" ? (
              <Input
                label={discountKind === "percent" ? t("percent") : t("amount")}
                name="pricing.discountValue"
                type="number"
                step="0.01"
                min="0"
                defaultValue={pricing?.discountValue}
                className="w-28"
              />
            ) : null}
          </div>
        ) : (
          <PhaseRows name="pricing.phases" defaults={pricing?.phases} />
        )}
      </fieldset>
    </>
  );
}

function ComponentRow({
  prefix,
  index,
  parts,
  currency,
  defaults,
}: {
  prefix: string;
  index: number;
  parts: PartOption[];
  currency: string;
  defaults?: ComponentDefaults;
}) {
  const t = useTranslations("studio.catalog.bundleForm");
  const [productId, setProductId] = useState(defaults?.key ?? "");
  const [role, setRole] = useState(defaults?.role ?? "fixed");
  const [ticked, setTicked] = useState<string[]>(defaults?.variantIds ?? []);
  const part = parts.find((p) => p.value === productId);
  const variants = part?.variants ?? [];
  const choosePart = (id: string) => {
    const vs = parts.find((p) => p.value === id)?.variants ?? [];
    setProductId(id);
    setTicked(vs.length === 1 ? [vs[0]!.id] : []);
  };
  const tick = (id: string, on: boolean) => setTicked(on ? [...ticked, id] : ticked.filter((x) => x !== id));
  const isChoice = role === "choice" || ticked.length > 1;
  return (
    <>
      <Select
        label={t("product")}
        name={`${prefix}.key`}
        value={productId}
        onChange={(e) => choosePart(e.target.value)}
        options={[
          { value: "", label: t("choose") },
          ...parts.map((p) => ({
            value: p.value,
            label: t("partOption", { name: p.label, price: p.price }),
          })),
        ]}
        className="min-w-56"
      />
      <Input
        label={t("qty")}
        name={`${prefix}.quantity`}
        type="number"
        min="1"
        defaultValue={defaults?.quantity ?? "1"}
        className="w-16"
      />
      <Select
        label={t("role")}
        name={`${prefix}.role`}
        value={role}
        onChange={(e) => setRole(e.target.value)}
        options={[
          { value: "fixed", label: t("roles.fixed") },
          { value: "optional", label: t("roles.optional") },
          { value: "choice", label: t("roles.choice") },
        ]}
      />
      {variants.length ? (
        <fieldset className="flex flex-col gap-0.5 text-xs font-medium text-zinc-700">
          <legend>{variants.length > 1 ? t("sizes") : t("size")}</legend>
          <div className="flex flex-wrap gap-2 py-1.5">
            {variants.map((v) => (
              <label key={v.id} className="flex items-center gap-1 text-sm font-normal">
                <input
                  type="checkbox"
                  name={`${prefix}.variantIds`}
                  value={v.id}
                  checked={ticked.includes(v.id)}
                  onChange={(e) => tick(v.id, e.target.checked)}
                />
                {v.name}
              </label>
            ))}
          </div>
          <FieldError name={`components.${index}.variantIds`} />
        </fieldset>
      ) : null}
      {isChoice ? (
        <Input
          key={productId}
          label={t("choiceName")}
          name={`${prefix}.group`}
          placeholder={t("choicePlaceholder")}
          defaultValue={
            defaults?.group || (part && variants.length ? t("sizeOf", { name: part.label }) : t("tShirtSize"))
          }
          className="w-36"
        />
      ) : null}
      <Input
        label={ticked.length > 1 ? t("priceInsideAnySize", { currency }) : t("priceInside", { currency })}
        name={`${prefix}.price`}
        type="number"
        step="0.01"
        min="0"
        placeholder={t("ownPrice")}
        defaultValue={defaults?.price}
        className="w-32"
      />
      <FieldError name={`components.${index}`} />
    </>
  );
}
