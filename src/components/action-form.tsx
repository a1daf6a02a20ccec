"use client";
// A form that submits to a server action and shows its answer: a pending button, the error
// message (focused for screen readers), or a success note.
import { useActionState, type ReactNode } from "react";
import { Alert, buttonClass } from "./ui";

export type FormState = { error?: string; field?: string; ok?: string } | undefined;

export function ActionForm({ action, submit, pendingLabel = "Saving…", children, className = "flex flex-col gap-4" }: {
  action: (state: FormState, data: FormData) => Promise<FormState>;
  submit: string;
  pendingLabel?: string;
  children: ReactNode;
  className?: string;
}) {
  const [state, formAction, pending] = useActionState(action, undefined);
  return (
    <form action={formAction} className={className} noValidate>
      {children}
      {state?.error ? <Alert>{state.error}</Alert> : null}
      {state?.ok ? <Alert tone="green">{state.ok}</Alert> : null}
      <button type="submit" disabled={pending} className={buttonClass}>
        {pending ? pendingLabel : submit}
      </button>
    </form>
  );
}
