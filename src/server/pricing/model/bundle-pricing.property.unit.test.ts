import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { allocateBundle, bundleUnitPrice, type PricedComponent } from "./bundle-pricing";

const componentsArb = fc
  .array(
    fc.record({
      standaloneUnitPrice: fc.integer({ min: 0, max: 100_000 }),
      quantity: fc.integer({ min: 1, max: 5 }),
      taxRateBp: fc.constantFrom(0, 700, 1900, 2100),
    }),
    { minLength: 1, maxLength: 6 },
  )
  .map((cs) =>
    cs.map((c, i): PricedComponent => ({
      ...c,
      componentId: `c${i}`,
      name: `C${i}`,
      overrideUnitPrice: null,
    })),
  );
const amountArb = fc.integer({ min: 0, max: 2_000_000 });
/** Components some of which have an in-bundle price (0 included). */
const pricedComponentsArb = componentsArb.chain((cs) =>
  fc
    .array(fc.option(fc.integer({ min: 0, max: 100_000 })), { minLength: cs.length, maxLength: cs.length })
    .map((overrides) => cs.map((c, i) => ({ ...c, overrideUnitPrice: overrides[i] ?? null }))),
);
const basisArb = fc.constantFrom("in_bundle" as const, "standalone" as const);

/** Each part is within one minor unit of its exact share, checked in integers: |part × W − total × w| < W. */
function expectExactSplit(total: number, components: PricedComponent[]) {
  const parts = allocateBundle(total, components, "standalone");
  const weights = components.map((c) => c.standaloneUnitPrice * c.quantity);
  const W = weights.reduce((a, b) => a + b, 0);
  expect(parts.reduce((s, p) => s + p.amount, 0)).toBe(total);
  parts.forEach((p, i) => {
    expect(p.amount).toBeGreaterThanOrEqual(0);
    expect(p.tax).toBeGreaterThanOrEqual(0);
    expect(p.tax).toBeLessThanOrEqual(p.amount);
    // Nothing to weigh by: an even split.
    const [w, sum] = W === 0 ? [1, components.length] : [weights[i]!, W];
    expect(Math.abs(p.amount * sum - total * w)).toBeLessThan(sum);
  });
}

describe("bundle allocation, for any components", () => {
  it("splits any price exactly, never negative, each part within one minor unit of its share", () => {
    fc.assert(
      fc.property(amountArb, componentsArb, (price, components) => {
        expectExactSplit(price, components);
      }),
    );
  });

  it("splits a discount the same way", () => {
    fc.assert(
      fc.property(componentsArb, fc.integer({ min: 0, max: 10_000 }), (components, bp) => {
        const { saving } = bundleUnitPrice(
          { mode: "sum", discount: { kind: "percent", basisPoints: bp } },
          components,
        );
        expectExactSplit(saving, components);
      }),
    );
  });

  it("a sum bundle's discount never takes its price below 0 nor above its parts", () => {
    fc.assert(
      fc.property(componentsArb, fc.integer({ min: 0, max: 1_000_000 }), (components, amount) => {
        const { price, standaloneTotal } = bundleUnitPrice(
          { mode: "sum", discount: { kind: "amount", amount } },
          components,
        );
        expect(price).toBeGreaterThanOrEqual(0);
        expect(price).toBeLessThanOrEqual(standaloneTotal);
        expect(Number.isSafeInteger(price)).toBe(true);
      }),
    );
  });
});

describe("bundle allocation on either basis, for any components and in-bundle prices", () => {
  it("the shares always add up to the amount split, and none is negative", () => {
    fc.assert(
      fc.property(amountArb, pricedComponentsArb, basisArb, (amount, components, basis) => {
        const parts = allocateBundle(amount, components, basis);
        expect(parts.reduce((s, p) => s + p.amount, 0)).toBe(amount);
        parts.forEach((p) => expect(p.amount).toBeGreaterThanOrEqual(0));
      }),
    );
  });

  it("a sum bundle without discount, split by in-bundle prices, gives each part exactly its in-bundle price", () => {
    fc.assert(
      fc.property(pricedComponentsArb, (components) => {
        const { price } = bundleUnitPrice({ mode: "sum", discount: null }, components);
        fc.pre(price > 0);
        const parts = allocateBundle(price, components, "in_bundle");
        expect(parts.map((p) => p.amount)).toEqual(
          components.map((c) => (c.overrideUnitPrice ?? c.standaloneUnitPrice) * c.quantity),
        );
      }),
    );
  });
});
