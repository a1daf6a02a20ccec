"use client";
// The answer of the last submit of the surrounding ActionForm, for messages placed at their fields.
import { createContext, useContext } from "react";

/**
 * `fields` holds every field's problem at once, keyed by the form field's name (rows as
 * "variants.0.sku"); `error` is the sentence shown above the submit button.
 */
export type FormState =
  { error?: string; fields?: Record<string, string>; ok?: string; at?: number } | undefined;

/** The last answer, and the form's own id so error ids are unique when a page has several forms. */
export const FormStateContext = createContext<{ state: FormState; formId: string }>({
  state: undefined,
  formId: "form",
});

/** This field's message (if any), the id its message carries, and what its input says about it. */
export function useFieldError(name: string) {
  const { state, formId } = useContext(FormStateContext);
  const message = state?.fields?.[name];
  const errorId = `${formId}-${name}-error`;
  return {
    message,
    errorId,
    inputProps: {
      "aria-invalid": message ? (true as const) : undefined,
      "aria-describedby": message ? errorId : undefined,
    },
  };
}

/** The server's message for this field, placed where the person filling the form is looking. */
export function FieldError({ name }: { name: string }) {
  const { message, errorId } = useFieldError(name);
  if (!message) return null;
  return (
    <p id={errorId} className="text-sm text-red-700" data-field-error={name}>
      {message}
    </p>
  );
}
