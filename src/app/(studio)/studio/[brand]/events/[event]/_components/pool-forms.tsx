"use client";
import { useTranslations } from "use-intl";
import { ActionForm, type FormState } from "@/components/action-form";
import { Input, Rows, Select } from "./rows";

type Action = (s: FormState, fd: FormData) => Promise<FormState>;

export function AddDrawForm({
  action,
  options,
}: {
  action: Action;
  options: { value: string; label: string }[];
}) {
  const t = useTranslations("studio.catalog.pools");
  return (
    <details className="mt-2 text-sm">
      <summary className="cursor-pointer text-zinc-600">{t("addDrawSummary")}</summary>
      <div className="mt-2">
        <ActionForm
          action={action}
          submit={t("addDraw")}
          pendingLabel={t("saving")}
          className="flex flex-wrap items-end gap-2"
        >
          <Select label={t("product")} name="key" options={[{ value: "", label: t("choose") }, ...options]} />
          <Input
            label={t("unitsPerSale")}
            name="units"
            type="number"
            min="1"
            defaultValue="1"
            className="w-28"
          />
        </ActionForm>
      </div>
    </details>
  );
}

export function AddPoolForm({
  action,
  options,
}: {
  action: Action;
  options: { value: string; label: string }[];
}) {
  const t = useTranslations("studio.catalog.pools");
  return (
    <details className="rounded-xl border border-dashed border-zinc-300 p-4">
      <summary className="cursor-pointer font-medium">{t("addPoolSummary")}</summary>
      <div className="mt-3">
        <ActionForm action={action} submit={t("addPool")} pendingLabel={t("saving")}>
          <div className="flex flex-wrap gap-3">
            <Input
              label={t("poolName")}
              name="name"
              placeholder={t("poolNamePlaceholder")}
              className="flex-1"
            />
            <Input
              label={t("capacity")}
              name="capacity"
              type="number"
              min="0"
              placeholder={t("capacityPlaceholder")}
              className="w-32"
            />
          </div>
          <Rows
            name="draws"
            initial={1}
            addLabel={t("addDrawRow")}
            render={(prefix) => (
              <>
                <Select
                  label={t("product")}
                  name={`${prefix}.key`}
                  options={[{ value: "", label: t("choose") }, ...options]}
                />
                <Input
                  label={t("unitsPerSale")}
                  name={`${prefix}.units`}
                  type="number"
                  min="1"
                  defaultValue="1"
                  className="w-28"
                />
              </>
            )}
          />
        </ActionForm>
      </div>
    </details>
  );
}
