import { describe, expect, it } from "vitest";
import fc from "fast-check";
import type { PricedComponent } from "./bundle-pricing";
import { quoteCart, type QuoteInputLine } from "./cart-quote";
import type { PromoCode } from "./promo";

const at = new Date("2026-02-01T00:00:00Z");
const taxArb = fc.constantFrom(0, 700, 1900);
const componentArb = fc.record({
  standaloneUnitPrice: fc.integer({ min: 0, max: 50_000 }),
  overrideUnitPrice: fc.option(fc.integer({ min: 0, max: 50_000 })),
  quantity: fc.integer({ min: 1, max: 3 }),
  taxRateBp: taxArb,
});
const lineArb = fc.oneof(
  fc
    .record({
      price: fc.integer({ min: 0, max: 50_000 }),
      quantity: fc.integer({ min: 1, max: 10 }),
      taxRateBp: taxArb,
    })
    .map(({ price, quantity, taxRateBp }): Omit<QuoteInputLine, "lineId"> => ({
      productId: "p",
      variantId: null,
      name: "Ticket",
      kind: "ticket",
      quantity,
      taxRateBp,
      phases: [
        { id: "a", name: "Early", price, endsAt: null, endsAfterSold: 5 },
        { id: "b", name: "Later", price: price + 1000, endsAt: null, endsAfterSold: null },
      ],
      taken: 0,
    })),
  fc
    .record({
      components: fc.array(componentArb, { minLength: 1, maxLength: 4 }),
      discountBp: fc.integer({ min: 0, max: 10_000 }),
      quantity: fc.integer({ min: 1, max: 4 }),
    })
    .map(({ components, discountBp, quantity }): Omit<QuoteInputLine, "lineId"> => ({
      productId: "b",
      variantId: null,
      name: "Bundle",
      kind: "bundle",
      quantity,
      taxRateBp: 0,
      phases: [],
      taken: 0,
      bundle: {
        pricing: { mode: "sum", discount: { kind: "percent", basisPoints: discountBp } },
        components: components.map((c, i): PricedComponent => ({
          ...c,
          componentId: `c${i}`,
          name: `C${i}`,
        })),
      },
    })),
);
const promoArb = fc.option(
  fc
    .record({
      kind: fc.constantFrom("percent" as const, "amount" as const),
      value: fc.integer({ min: 1, max: 10_000 }),
      maxPerOrder: fc.option(fc.integer({ min: 1, max: 5 })),
    })
    .map((p): PromoCode => ({
      ...p,
      code: "X",
      scope: "cart",
      productIds: [],
      validFrom: null,
      validUntil: null,
      maxUses: null,
      unlocksProductIds: [],
      events: "brand",
    })),
);

const splitBasisArb = fc.constantFrom("in_bundle" as const, "standalone" as const);

describe("a cart quote, for any cart of tickets and bundles with any promo", () => {
  it("adds up exactly, never negative, with bundle allocations equal to their line totals", () => {
    fc.assert(
      fc.property(
        fc.array(lineArb, { minLength: 1, maxLength: 5 }),
        promoArb,
        splitBasisArb,
        (lines, promo, splitBasis) => {
          const q = quoteCart({
            currency: "EUR",
            at,
            lines: lines.map((l, i) => ({ ...l, lineId: `l${i}` })),
            promo: promo ? { promo, usedCount: 0 } : null,
            splitBasis,
          });
          const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
          expect(q.total).toBe(sum(q.lines.map((l) => l.total)));
          expect(q.tax).toBe(sum(q.lines.map((l) => l.tax)));
          expect(q.total).toBe(q.subtotal - q.discount);
          for (const l of q.lines) {
            expect(l.total).toBe(l.subtotal - l.discount);
            expect(l.total).toBeGreaterThanOrEqual(0);
            expect(l.tax).toBeGreaterThanOrEqual(0);
            expect(l.tax).toBeLessThanOrEqual(l.total);
            expect(sum(l.parts.map((p) => p.quantity))).toBe(l.quantity);
            if (l.kind === "bundle") expect(sum(l.allocation.map((a) => a.amount))).toBe(l.total);
            for (const n of [l.subtotal, l.discount, l.total, l.tax, l.saving])
              expect(Number.isSafeInteger(n)).toBe(true);
          }
        },
      ),
    );
  });
});
