"use client";
import { useState } from "react";
import { useTranslations } from "use-intl";
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
  const t = useTranslations("studio.catalog.promoForm");
  const [scope, setScope] = useState("cart");
  const [reach, setReach] = useState("event");
  return (
    <ActionForm action={action} submit={t("create")} pendingLabel={t("creating")}>
      <div className="flex flex-wrap gap-3">
        {/* The code in capitals as the fan will type it; its label stays "Code" like its neighbours. */}
        <Input
          label={t("code")}
          name="code"
          placeholder={t("codePlaceholder")}
          className="w-36 [&_input]:uppercase [&_input::placeholder]:normal-case"
        />
        <Select
          label={t("kind")}
          name="kind"
          defaultValue="percent"
          options={[
            { value: "percent", label: t("kinds.percent") },
            { value: "amount", label: t("kinds.amount") },
          ]}
        />
        <Input
          label={t("value")}
          name="value"
          type="number"
          step="0.01"
          placeholder={t("valuePlaceholder")}
          className="w-24"
        />
        <Select
          label={t("appliesTo")}
          name="scope"
          value={scope}
          onChange={(e) => setScope(e.target.value)}
          options={[
            { value: "cart", label: t("scopes.cart") },
            { value: "products", label: t("scopes.products") },
            { value: "bundles", label: t("scopes.bundles") },
          ]}
        />
        <Select
          label={t("validAt")}
          name="reach"
          value={reach}
          onChange={(e) => setReach(e.target.value)}
          options={[
            { value: "event", label: t("reaches.event") },
            ...(otherEvents.length ? [{ value: "events", label: t("reaches.events") }] : []),
            { value: "brand", label: t("reaches.brand") },
          ]}
        />
      </div>
      {scope === "products" ? (
        <fieldset className="text-sm">
          <legend className="font-medium">{t("products")}</legend>
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
          <legend className="font-medium">{t("alsoValidAt")}</legend>
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
        <Input label={t("validFrom")} name="validFrom" type="datetime-local" />
        <Input label={t("validUntil")} name="validUntil" type="datetime-local" />
        <Input label={t("maxUses")} name="maxUses" type="number" min="1" className="w-28" />
        <Input label={t("maxPerOrder")} name="maxPerOrder" type="number" min="1" className="w-36" />
      </div>
      {products.some((p) => p.hidden) ? (
        <fieldset className="text-sm">
          <legend className="font-medium">{t("unlocksHidden")}</legend>
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
