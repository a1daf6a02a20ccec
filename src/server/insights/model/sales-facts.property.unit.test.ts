// Given random orders of bundles (random parts, prices, discounts, split bases, quantities),
// priced by the real quote: the revenue per component adds up to the bundles' revenue exactly.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { quoteCart, type PricedComponent, type QuoteInputLine } from "@/server/pricing";
import { componentFigures, type SoldLine } from "./sales-facts";

const at = new Date("2027-03-01T12:00:00Z");
const componentArb = fc.record({
  standaloneUnitPrice: fc.integer({ min: 0, max: 50_000 }),
  overrideUnitPrice: fc.option(fc.integer({ min: 0, max: 50_000 })),
  quantity: fc.integer({ min: 1, max: 3 }),
  taxRateBp: fc.constantFrom(0, 700, 1900, 2000),
});
const bundleArb = fc.record({
  components: fc.array(componentArb, { minLength: 1, maxLength: 5 }),
  discountBp: fc.integer({ min: 0, max: 10_000 }),
  quantity: fc.integer({ min: 1, max: 4 }),
  basis: fc.constantFrom("in_bundle" as const, "standalone" as const),
});

type BundleOrder = typeof bundleArb extends fc.Arbitrary<infer T> ? T : never;

function soldBundle(b: BundleOrder, i: number): SoldLine {
  const components = b.components.map((c, j): PricedComponent => ({
    ...c,
    componentId: `c${j}`,
    name: `Part ${j}`,
  }));
  const input: QuoteInputLine = {
    lineId: `l${i}`,
    productId: `bundle${i % 3}`,
    variantId: null,
    name: "Pack",
    kind: "bundle",
    quantity: b.quantity,
    taxRateBp: 0,
    phases: [],
    taken: 0,
    bundle: {
      pricing: { mode: "sum", discount: { kind: "percent", basisPoints: b.discountBp } },
      components,
    },
  };
  const quote = quoteCart({ lines: [input], promo: null, at, currency: "EUR", splitBasis: b.basis });
  const q = quote.lines[0]!;
  return {
    productId: input.productId,
    productName: "Pack",
    variantId: null,
    variantName: null,
    kind: "bundle",
    quantity: q.quantity,
    discount: q.discount,
    tax: q.tax,
    total: q.total,
    allocation: q.allocation,
    components: components.map((c, j) => ({
      componentId: c.componentId,
      productId: `product${j}`,
      productName: c.name,
      variantId: null,
      variantName: null,
      kind: "ticket",
      quantity: c.quantity,
    })),
  };
}

describe("revenue per component", () => {
  it("adds up to the bundles' revenue exactly, per bundle and in all", () => {
    fc.assert(
      fc.property(fc.array(bundleArb, { minLength: 1, maxLength: 20 }), (orders) => {
        const lines = orders.map(soldBundle);
        const parts = lines.flatMap(componentFigures);
        for (const bundleId of new Set(lines.map((l) => l.productId))) {
          const sold = lines.filter((l) => l.productId === bundleId);
          const shares = parts.filter((p) => p.bundleId === bundleId);
          expect(shares.reduce((s, p) => s + p.revenue, 0)).toBe(sold.reduce((s, l) => s + l.total, 0));
          expect(shares.reduce((s, p) => s + p.tax, 0)).toBe(sold.reduce((s, l) => s + l.tax, 0));
        }
        for (const p of parts) expect(Number.isSafeInteger(p.revenue) && p.revenue >= 0).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it("falls back to a split by units when a stored allocation does not add up, still to the cent", () => {
    const line = soldBundle(
      {
        components: [
          { standaloneUnitPrice: 2500, overrideUnitPrice: null, quantity: 2, taxRateBp: 0 },
          { standaloneUnitPrice: 1000, overrideUnitPrice: null, quantity: 1, taxRateBp: 0 },
        ],
        discountBp: 0,
        quantity: 1,
        basis: "in_bundle",
      },
      0,
    );
    const broken = { ...line, allocation: [{ componentId: "c0", amount: 1, tax: 0 }] };
    const parts = componentFigures(broken);
    expect(parts.map((p) => p.revenue)).toEqual([4000, 2000]);
    expect(parts.map((p) => p.units)).toEqual([2, 1]);
  });

  it("gives nothing for a line that is not a bundle", () => {
    const ticket: SoldLine = {
      productId: "day",
      productName: "Day ticket",
      variantId: null,
      variantName: null,
      kind: "ticket",
      quantity: 2,
      discount: 0,
      tax: 0,
      total: 5000,
      allocation: [],
      components: [],
    };
    expect(componentFigures(ticket)).toEqual([]);
  });
});
