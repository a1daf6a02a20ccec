// A quote is computed, never typed in: lines × unit prices, in integer minor units, one currency.
import { DomainError } from "@/server/platform/errors";

export type PricedLine = { productId: string; productName: string; quantity: number; unitPrice: number };
export type QuoteLine = PricedLine & { total: number };
export type Quote = { currency: string; lines: QuoteLine[]; total: number; quotedAt: string };

export function computeQuote(lines: readonly PricedLine[], currency: string, at: Date): Quote {
  const out = lines.map((l) => {
    if (!Number.isSafeInteger(l.unitPrice) || l.unitPrice < 0)
      throw new DomainError("Invalid", `${l.productName} has no valid price.`);
    return { ...l, total: l.unitPrice * l.quantity };
  });
  const total = out.reduce((s, l) => s + l.total, 0);
  if (!Number.isSafeInteger(total)) throw new DomainError("Invalid", "This order is too large.");
  return { currency, lines: out, total, quotedAt: at.toISOString() };
}
