// Display helpers for presentational components (pure; money stays integer minor units until here).
// An event's dates: one rule, in the event's time zone, for every page, e-mail and PDF.
export { formatEventDates } from "@/server/offering/client";
import { formatMoney as formatMoneyOf } from "@/server/platform/money";

/** A count and its English noun: "1 order", "3 orders". */
export const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

/** Money as pages show it: the one rule of platform/money, for an amount and its currency. */
export function formatMoney(amount: number, currency: string): string {
  return formatMoneyOf({ amount, currency });
}

export function formatDateTime(
  d: Date | string,
  timeZone?: string,
  opts: Intl.DateTimeFormatOptions = { dateStyle: "medium", timeStyle: "short" },
): string {
  return new Intl.DateTimeFormat("en-GB", { ...opts, ...(timeZone ? { timeZone } : {}) }).format(
    typeof d === "string" ? new Date(d) : d,
  );
}

/** Under this many left, the shop says "Only N left". */
export const LOW_STOCK = 10;

export function stockLabel(available: number): string | null {
  if (available <= 0) return "Sold out";
  if (available <= LOW_STOCK) return `Only ${available} left`;
  return null;
}
