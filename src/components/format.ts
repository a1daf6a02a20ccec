// Display helpers for presentational components (pure; money stays integer minor units until here).
// An event's dates: one rule, in the event's time zone, for every page, e-mail and PDF.
export { formatEventDates } from "@/server/offering/client";
import { formatMoney as formatMoneyOf } from "@/server/platform/money";
import { dateTagOf, formatMoneyIn, type Locale } from "@/server/platform/i18n";

/** A count and its English noun: "1 order", "3 orders". */
export const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

/** Money as pages show it: the one rule of platform/money, for an amount and its currency. */
export function formatMoney(amount: number, currency: string): string {
  return formatMoneyOf({ amount, currency });
}

/** Money in the fan's language: `65,00 €` in French (docs/adr/0033). */
export const moneyIn = (locale: Locale) => (amount: number, currency: string) =>
  formatMoneyIn(locale, amount, currency);

export function formatDateTime(
  d: Date | string,
  timeZone?: string,
  opts: Intl.DateTimeFormatOptions = { dateStyle: "medium", timeStyle: "short" },
  locale: Locale = "en",
): string {
  return new Intl.DateTimeFormat(dateTagOf(locale), { ...opts, ...(timeZone ? { timeZone } : {}) }).format(
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
