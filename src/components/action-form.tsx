"use client";
// A form that submits to a server action and shows its answer: a pending button, the error
// message next to the field it is about (FieldError) and above the button, or a success note.
// What was typed stays when the action refuses it (React would otherwise reset the form after
// every action); the form is cleared after a success.
import { startTransition, useActionState, useEffect, useRef, useState, type ReactNode } from "react";
import { ConfirmDialog, type ConfirmQuestion } from "./confirm-dialog";
import { FormStateContext, type FormState } from "./form-state";
import { useRefreshLists } from "./refresh-lists";
import { Alert, buttonClass } from "./ui";

export { FieldError, type FormState } from "./form-state";

export function ActionForm({
  action,
  submit,
  pendingLabel = "Saving…",
  children,
  className = "flex flex-col gap-4",
  resetOnSuccess = true,
  disabled = false,
  onSuccess,
  confirm,
}: {
  action: (state: FormState, data: FormData) => Promise<FormState>;
  submit: string;
  pendingLabel?: string;
  children: ReactNode;
  className?: string;
  resetOnSuccess?: boolean;
  /** The submit button is off (nothing to submit yet); the last answer stays visible. */
  disabled?: boolean;
  onSuccess?: () => void;
  /** Asked before the action runs (money, cancellations, undo): nothing is sent until confirmed. */
  confirm?: ConfirmQuestion;
}) {
  const [state, formAction, pending] = useActionState(action, undefined);
  const form = useRef<HTMLFormElement>(null);
  const [asking, setAsking] = useState<FormData | null>(null);
  const refreshLists = useRefreshLists();
  const send = (data: FormData) => startTransition(() => formAction(data));
  useEffect(() => {
    if (state?.ok && resetOnSuccess) form.current?.reset();
    if (state?.ok) onSuccess?.();
    if (state?.ok) refreshLists();
    if (state?.field) {
      const el = form.current?.querySelector<HTMLElement>(`[name="${CSS.escape(state.field)}"]`);
      el?.setAttribute("aria-invalid", "true");
      el?.focus();
    }
    form.current?.querySelectorAll("[aria-invalid]").forEach((el) => {
      if (el.getAttribute("name") !== state?.field) el.removeAttribute("aria-invalid");
    });
    // onSuccess is called once per answer, not when the caller re-renders with a new function.
  }, [state, resetOnSuccess]);
  return (
    <FormStateContext.Provider value={state}>
      <form
        ref={form}
        action={formAction}
        onSubmit={(e) => {
          // With JavaScript: submit without the automatic reset, so a refused form keeps its values.
          e.preventDefault();
          const data = new FormData(e.currentTarget);
          if (confirm) setAsking(data);
          else send(data);
        }}
        className={className}
        noValidate
      >
        {children}
        {state?.error ? <Alert>{state.error}</Alert> : null}
        {state?.ok ? <Alert tone="green">{state.ok}</Alert> : null}
        <button type="submit" disabled={pending || disabled} className={buttonClass}>
          {pending ? pendingLabel : submit}
        </button>
        {confirm ? (
          <ConfirmDialog
            open={asking !== null}
            question={confirm}
            onCancel={() => setAsking(null)}
            onConfirm={() => {
              if (asking) send(asking);
              setAsking(null);
            }}
          />
        ) : null}
      </form>
    </FormStateContext.Provider>
  );
}
