"use client";
import { useTranslations } from "use-intl";
import { ActionForm, type FormState } from "@/components/action-form";
import { ChannelChecks, Input, PhaseRows, Select, type PhaseDefaults } from "./rows";

export type ProductDefaults = {
  name: string;
  description: string;
  taxRate: string;
  visibility: string;
  channels: string[];
  minPerOrder: string;
  maxPerOrder: string;
  salesStart: string;
  salesEnd: string;
};

/** Change a product's details and (unless its price is the sum of its parts) its price phases. */
export function EditProductForm({
  action,
  defaults,
  phases,
  currency,
  bundle = false,
}: {
  action: (s: FormState, fd: FormData) => Promise<FormState>;
  defaults: ProductDefaults;
  phases: PhaseDefaults[] | null;
  currency: string;
  bundle?: boolean;
}) {
  const t = useTranslations("studio.catalog.productForm");
  return (
    <ActionForm action={action} submit={t("save")} pendingLabel={t("saving")} resetOnSuccess={false}>
      <div className="flex flex-wrap gap-3">
        <Input label={t("name")} name="name" defaultValue={defaults.name} className="min-w-48 flex-1" />
        {bundle ? (
          <input type="hidden" name="taxRate" value={defaults.taxRate} />
        ) : (
          <Input
            label={t("taxRate")}
            name="taxRate"
            type="number"
            step="0.01"
            min="0"
            defaultValue={defaults.taxRate}
            className="w-24"
          />
        )}
      </div>
      <Input label={t("description")} name="description" defaultValue={defaults.description} />
      <div className="flex flex-wrap gap-3">
        <Select
          label={t("whoCanBuy")}
          name="visibility"
          defaultValue={defaults.visibility}
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
          defaultValue={defaults.minPerOrder}
          className="w-28"
        />
        <Input
          label={t("maxPerOrder")}
          name="maxPerOrder"
          type="number"
          min="1"
          defaultValue={defaults.maxPerOrder}
          className="w-28"
        />
        <Input
          label={t("salesStart")}
          name="salesStart"
          type="datetime-local"
          defaultValue={defaults.salesStart}
        />
        <Input label={t("salesEnd")} name="salesEnd" type="datetime-local" defaultValue={defaults.salesEnd} />
      </div>
      <ChannelChecks defaults={defaults.channels} />
      {phases ? (
        <div>
          <p className="mb-1 text-sm font-medium">{t("pricePhasesInOrder", { currency })}</p>
          <PhaseRows name="phases" defaults={phases} />
        </div>
      ) : null}
    </ActionForm>
  );
}
