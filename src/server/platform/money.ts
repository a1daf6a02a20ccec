// Money is an integer of minor units plus a currency. Never a float.
import { numberFormat } from "./intl-formats";
export type Money = { amount: number; currency: string };

export function money(amount: number, currency: string): Money {
  if (!Number.isSafeInteger(amount))
    throw new Error(`money amounts are integers of minor units, got ${amount}`);
  return { amount, currency };
}

export function formatMoney(m: Money, locale = "en-IE"): string {
  return numberFormat(locale, { style: "currency", currency: m.currency }).format(m.amount / 100);
}

/**
 * Split `total` across parts proportionally to `weights` by the largest-remainder method:
 * the parts always add up to `total` exactly. Ties go to the earlier part.
 */
export function allocate(total: number, weights: readonly number[]): number[] {
  if (!Number.isSafeInteger(total)) throw new Error("allocate needs an integer total");
  if (weights.length === 0) return [];
  const sum = weights.reduce((a, b) => a + b, 0);
  if (sum <= 0) {
    // Nothing to weigh by: split evenly.
    return allocate(
      total,
      weights.map(() => 1),
    );
  }
  const exact = weights.map((w) => (total * w) / sum);
  const floors = exact.map((x) => Math.floor(x));
  let remainder = total - floors.reduce((a, b) => a + b, 0);
  const order = exact
    .map((x, i) => ({ i, frac: x - Math.floor(x) }))
    .sort((a, b) => b.frac - a.frac || a.i - b.i);
  for (const { i } of order) {
    if (remainder <= 0) break;
    floors[i]! += 1;
    remainder -= 1;
  }
  return floors;
}
