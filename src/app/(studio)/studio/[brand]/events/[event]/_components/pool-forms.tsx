"use client";
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
  return (
    <details className="mt-2 text-sm">
      <summary className="cursor-pointer text-zinc-600">Add a product that draws from this pool</summary>
      <div className="mt-2">
        <ActionForm action={action} submit="Add draw" className="flex flex-wrap items-end gap-2">
          <Select label="Product" name="key" options={[{ value: "", label: "Choose…" }, ...options]} />
          <Input
            label="Units per sale"
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
  return (
    <details className="rounded-xl border border-dashed border-zinc-300 p-4">
      <summary className="cursor-pointer font-medium">Add a shared pool</summary>
      <div className="mt-3">
        <ActionForm action={action} submit="Add pool">
          <div className="flex flex-wrap gap-3">
            <Input label="Pool name" name="name" placeholder="e.g. GA floor" className="flex-1" />
            <Input
              label="Capacity"
              name="capacity"
              type="number"
              min="0"
              placeholder="e.g. 800"
              className="w-32"
            />
          </div>
          <Rows
            name="draws"
            initial={1}
            addLabel="product drawing from it"
            render={(prefix) => (
              <>
                <Select
                  label="Product"
                  name={`${prefix}.key`}
                  options={[{ value: "", label: "Choose…" }, ...options]}
                />
                <Input
                  label="Units per sale"
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
