"use client";
import type { ComponentProps } from "react";
import { FieldError, useFieldError } from "./form-state";

const INPUT_CLASS =
  "rounded-lg border border-zinc-300 px-3 py-2 text-zinc-900 outline-none " +
  "focus:border-zinc-500 focus:ring-2 focus:ring-zinc-200 aria-invalid:border-red-500";

/** A field's id, and the ARIA that marks it invalid and ties its hint and the server's problem to it. */
function useFieldAria(name: string, hint?: string) {
  const id = `f-${name}`;
  const problem = useFieldError(name);
  const describedBy = [hint ? `${id}-hint` : null, problem.inputProps["aria-describedby"]]
    .filter(Boolean)
    .join(" ");
  return {
    id,
    aria: {
      "aria-invalid": problem.inputProps["aria-invalid"],
      "aria-describedby": describedBy || undefined,
    },
  };
}

/** A labelled input; a problem the server reported for it marks it and is read out with it. */
export function Field({
  label,
  name,
  hint,
  ...input
}: { label: string; name: string; hint?: string } & ComponentProps<"input">) {
  const { id, aria } = useFieldAria(name, hint);
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-medium text-zinc-800">
        {label}
      </label>
      <input id={id} name={name} {...aria} className={INPUT_CLASS} {...input} />
      {hint ? (
        <p id={`${id}-hint`} className="text-xs text-zinc-500">
          {hint}
        </p>
      ) : null}
      <FieldError name={name} />
    </div>
  );
}

/** A labelled multi-line text box, its hint and the server's problem read out with it like Field's. */
export function TextAreaField({
  label,
  name,
  hint,
  ...textarea
}: { label: string; name: string; hint?: string } & ComponentProps<"textarea">) {
  const { id, aria } = useFieldAria(name, hint);
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-medium text-zinc-800">
        {label}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="text-xs text-zinc-600">
          {hint}
        </p>
      ) : null}
      <textarea id={id} name={name} {...aria} className={INPUT_CLASS} {...textarea} />
      <FieldError name={name} />
    </div>
  );
}
