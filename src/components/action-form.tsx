"use client";
// A form that submits to a server action and shows its answer: a pending button, every problem
// next to the field it is about (FieldError) with the fields marked and the first one focused, a
// sentence above the button, or a success note. What was typed stays when the action refuses it
// (React would otherwise reset the form after every action); after a success the fields start
// over: they are mounted afresh, so what they keep in state (a chosen kind, added rows) resets
// with the values, not only the values.
import {
  startTransition,
  useActionState,
  useEffect,
  useId,
  useRef,
  useState,
  Fragment,
  type ReactNode,
} from "react";
import { useTranslations } from "use-intl";
import { ConfirmDialog, type ConfirmQuestion } from "./confirm-dialog";
import { FormStateContext, type FormState } from "./form-state";
import { useRefreshLists } from "./refresh-lists";
import { Alert, buttonClass } from "./ui";

export { FieldError, type FormState } from "./form-state";

export function ActionForm({
  action,
  submit,
  pendingLabel,
  children,
  className = "flex flex-col gap-4",
  resetOnSuccess = true,
  disabled = false,
  onSuccess,
  confirm,
}: {
  action: (state: FormState, data: FormData) => Promise<FormState>;
  submit: string;
  /** Said on the button while the action runs: "Saving…" (in the Studio's language) where not said. */
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
  const t = useTranslations("studio.common");
  const [state, formAction, pending] = useActionState(action, undefined);
  const form = useRef<HTMLFormElement>(null);
  const [asking, setAsking] = useState<FormData | null>(null);
  const [generation, setGeneration] = useState(0);
  const formId = useId();
  const refreshLists = useRefreshLists();
  const send = (data: FormData) => startTransition(() => formAction(data));
  useEffect(() => {
    if (state?.ok && resetOnSuccess) setGeneration((g) => g + 1);
    if (state?.ok) onSuccess?.();
    if (state?.ok) refreshLists();
    if (form.current) markProblems(form.current, state?.fields ?? {}, formId);
    // onSuccess is called once per answer, not when the caller re-renders with a new function.
  }, [state, resetOnSuccess, formId]);
  return (
    <FormStateContext.Provider value={{ state, formId }}>
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
        <Fragment key={generation}>{children}</Fragment>
        {state?.error ? <Alert>{state.error}</Alert> : null}
        {state?.ok ? <Alert tone="green">{state.ok}</Alert> : null}
        <button type="submit" disabled={pending || disabled} className={buttonClass}>
          {pending ? (pendingLabel ?? t("saving")) : submit}
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

/**
 * Marks every field with a problem (inputs that are not a Field/Input/Select too: a textarea, a
 * colour) and focuses the first in the order of the form; a problem about a group of rows
 * ("variants") focuses the group's first input. Fields without a problem lose their mark.
 */
function markProblems(form: HTMLFormElement, fields: Record<string, string>, formId: string) {
  const inputs = [...form.querySelectorAll<HTMLElement>("[name]")].filter(
    (el) => el.getAttribute("type") !== "hidden",
  );
  for (const el of inputs) {
    const name = el.getAttribute("name")!;
    const errorId = `${formId}-${name}-error`;
    if (fields[name]) {
      el.setAttribute("aria-invalid", "true");
      if (!el.hasAttribute("aria-describedby") && document.getElementById(errorId))
        el.setAttribute("aria-describedby", errorId);
    } else {
      el.removeAttribute("aria-invalid");
      if (el.getAttribute("aria-describedby") === errorId) el.removeAttribute("aria-describedby");
    }
  }
  const keys = Object.keys(fields);
  const first = inputs.find((el) => {
    const name = el.getAttribute("name")!;
    return keys.some((k) => name === k || name.startsWith(`${k}.`));
  });
  first?.focus();
}
