"use client";
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
  return (
    <ActionForm
      action={action}
      submit="Save"
      pendingLabel="Saving…"
      resetOnSuccess={false}
      className="flex flex-wrap items-end gap-2"
    >
      <Input label="Variant" name="name" defaultValue={name} className="w-32" />
      <Input label="SKU" name="sku" defaultValue={sku} placeholder="blank: made for you" className="w-36" />
      <p className="pb-2 text-sm text-zinc-600">{available} available</p>
    </ActionForm>
  );
}

export function AddVariantForm({ action }: { action: Action }) {
  return (
    <ActionForm
      action={action}
      submit="Add variant"
      pendingLabel="Adding…"
      className="flex flex-wrap items-end gap-2"
    >
      <Input label="Variant" name="name" placeholder="e.g. XL" className="w-32" />
      <Input label="SKU (optional)" name="sku" placeholder="made for you" className="w-36" />
      <Input label="Stock" name="stock" type="number" min="0" className="w-24" />
    </ActionForm>
  );
}
