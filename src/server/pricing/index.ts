import type { UnitOfWork } from "@/server/platform/unit-of-work";
import { DomainError } from "@/server/platform/errors";
import { computeQuote, type Quote } from "./model/quote";
import { findPrices, upsertPrice } from "./infrastructure/prices-repo";

export { computeQuote, type Quote, type QuoteLine } from "./model/quote";

export async function setPrice(uow: UnitOfWork, brandId: string, productId: string, amountMinor: number, currency: string) {
  await upsertPrice(uow, { brandId, productId, amountMinor, currency });
}

export async function prices(brandId: string, productIds: string[]): Promise<Record<string, { amount: number; currency: string }>> {
  const map = await findPrices(brandId, productIds);
  return Object.fromEntries([...map].map(([id, p]) => [id, { amount: p.amountMinor, currency: p.currency }]));
}

/** quote(cart, at): what these lines cost now. */
export async function quote(brandId: string, currency: string, lines: { productId: string; productName: string; quantity: number }[], at: Date): Promise<Quote> {
  const map = await findPrices(brandId, lines.map((l) => l.productId));
  return computeQuote(
    lines.map((l) => {
      const p = map.get(l.productId);
      if (!p || p.currency !== currency) throw new DomainError("Invalid", `${l.productName} has no price yet.`);
      return { ...l, unitPrice: p.amountMinor };
    }),
    currency,
    at,
  );
}
