"use client";
import { secondaryButtonClass } from "@/components/ui";

/** The button says `label`: the slip's page gives it in the Studio's language. */
export function PrintButton({ label }: { label: string }) {
  return (
    <button type="button" className={`${secondaryButtonClass} print:hidden`} onClick={() => window.print()}>
      {label}
    </button>
  );
}
