"use client";
import { useTranslations } from "use-intl";
import { ActionForm, type FormState } from "@/components/action-form";
import { Input } from "./rows";

type Action = (s: FormState, fd: FormData) => Promise<FormState>;

export function EditVariantForm({
  action,
  name,
  sku,
  available,
}: {
  action: Action;
  name: string;
  sku: string;
  available: number;
}) {
  const t = useTranslations("studio.catalog.variantForm");
  return (
    <ActionForm
      action={action}
      submit={t("save")}
      pendingLabel={t("saving")}
      resetOnSuccess={false}
      className="flex flex-wrap items-end gap-2"
    >
      <Input label={t("variant")} name="name" defaultValue={name} className="w-32" />
      <Input label={t("sku")} name="sku" defaultValue={sku} placeholder={t("skuBlank")} className="w-36" />
      <p className="pb-2 text-sm text-zinc-600">{t("available", { count: available })}</p>
    </ActionForm>
  );
}

export function AddVariantForm({ action }: { action: Action }) {
  const t = useTranslations("studio.catalog.variantForm");
  return (
    <ActionForm
      action={action}
      submit={t("add")}
      pendingLabel={t("adding")}
      className="flex flex-wrap items-end gap-2"
    >
      <Input
        label={t("variant")}
        name="name"
        placeholder={t("variantPlaceholder", { size: "XL" })}
        className="w-32"
      />
      <Input label={t("skuOptional")} name="sku" placeholder={t("skuMadeForYou")} className="w-36" />
      <Input label={t("stock")} name="stock" type="number" min="0" className="w-24" />
    </ActionForm>
  );
}
