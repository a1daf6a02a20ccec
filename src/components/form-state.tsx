"use client";
// The answer of the last submit of the surrounding ActionForm, for messages placed at a field.
import { createContext, useContext } from "react";

export type FormState = { error?: string; field?: string; ok?: string; at?: number } | undefined;

export const FormStateContext = createContext<FormState>(undefined);

/** The server's message for this field, placed where the person filling the form is looking. */
export function FieldError({ name }: { name: string }) {
  const state = useContext(FormStateContext);
  if (!state?.error || state.field !== name) return null;
  return (
    <p className="text-sm text-red-700" data-field-error={name}>
      {state.error}
    </p>
  );
}
