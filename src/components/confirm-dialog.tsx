"use client";
// A question asked before something that cannot be taken back (money moves, an order is
// cancelled, an entry is undone). A native modal <dialog>: focus stays inside it, Escape and
// "Keep it" close it without doing anything, and the safe answer has the focus.
import { useEffect, useId, useRef, type ReactNode } from "react";
import { useTranslations } from "use-intl";
import { buttonClass, dangerButtonClass, secondaryButtonClass } from "./ui";

export type ConfirmQuestion = {
  /** What is about to happen, as a question: "Refund €18.00 to the buyer?" */
  title: string;
  /** What follows from it, in a sentence or two. */
  body: ReactNode;
  /** The button that does it, named by what it does: "Refund €18.00". */
  confirm: string;
  /** The button that backs out ("Keep it" where not said). */
  cancel?: string;
  /** Red for money and losses. */
  tone?: "danger" | "neutral";
};

export function ConfirmDialog({
  open,
  question,
  onConfirm,
  onCancel,
}: {
  open: boolean;
  question: ConfirmQuestion;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const t = useTranslations("studio.common");
  const dialog = useRef<HTMLDialogElement>(null);
  const keep = useRef<HTMLButtonElement>(null);
  // One per dialog: a page may hold several (a refund per line), each named by its own title.
  const titleId = useId();
  useEffect(() => {
    const d = dialog.current;
    if (!d) return;
    if (open && !d.open) {
      d.showModal();
      keep.current?.focus();
    }
    if (!open && d.open) d.close();
  }, [open]);
  const confirmClass = question.tone === "neutral" ? buttonClass : dangerButtonClass;
  return (
    <dialog
      ref={dialog}
      aria-labelledby={titleId}
      onCancel={(e) => {
        e.preventDefault();
        onCancel();
      }}
      className="m-auto max-w-md rounded-2xl border border-zinc-200 p-6 shadow-xl backdrop:bg-zinc-900/40"
    >
      <h2 id={titleId} className="text-lg font-semibold">
        {question.title}
      </h2>
      <div className="mt-2 text-sm text-zinc-700">{question.body}</div>
      <div className="mt-5 flex justify-end gap-3">
        <button ref={keep} type="button" className={secondaryButtonClass} onClick={onCancel}>
          {question.cancel ?? t("keepIt")}
        </button>
        <button type="button" className={confirmClass} onClick={onConfirm}>
          {question.confirm}
        </button>
      </div>
    </dialog>
  );
}
