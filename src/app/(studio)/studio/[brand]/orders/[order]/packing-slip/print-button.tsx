"use client";
import { secondaryButtonClass } from "@/components/ui";

export function PrintButton() {
  return (
    <button type="button" className={`${secondaryButtonClass} print:hidden`} onClick={() => window.print()}>
      Print
    </button>
  );
}
