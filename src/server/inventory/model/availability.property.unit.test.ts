import { describe, it, expect } from "vitest";
import fc from "fast-check";
import { availabilityOf, decideHold, mergeDraws, type DrawState, type PoolState } from "./availability";

const poolArb = (id: string) =>
  fc
    .record({
      capacity: fc.integer({ min: 0, max: 60 }),
      sold: fc.integer({ min: 0, max: 60 }),
      held: fc.integer({ min: 0, max: 60 }),
    })
    .map((p): PoolState => ({ id, name: id, ...p }));
const poolsArb = fc
  .tuple(poolArb("a"), poolArb("b"), poolArb("c"))
  .map((ps) => new Map(ps.map((p) => [p.id, p])));
const drawsArb = fc.uniqueArray(
  fc.record({ poolId: fc.constantFrom("a", "b", "c"), units: fc.integer({ min: 1, max: 4 }) }),
  { selector: (d) => d.poolId, minLength: 1, maxLength: 3 },
);

/** The slow, obvious answer: the largest n for which n units fit in every pool. */
function bruteForce(draws: DrawState[], pools: Map<string, PoolState>): number {
  let n = 0;
  const fits = (k: number) =>
    draws.every((d) => {
      const p = pools.get(d.poolId)!;
      return p.sold + p.held + d.units * k <= p.capacity;
    });
  while (fits(n + 1)) n++;
  return n;
}

describe("availability, for any pools and draws", () => {
  it("equals a brute-force count over every pool and is never negative", () => {
    fc.assert(
      fc.property(poolsArb, drawsArb, (pools, draws) => {
        const n = availabilityOf(draws, pools);
        expect(n).toBeGreaterThanOrEqual(0);
        expect(n).toBe(bruteForce(draws, pools));
      }),
    );
  });

  it("lets exactly the available quantity be held, and refuses one more", () => {
    fc.assert(
      fc.property(poolsArb, drawsArb, (pools, draws) => {
        const n = availabilityOf(draws, pools);
        const line = (q: number) => [{ productId: "p", productName: "P", quantity: q, draws }];
        if (n > 0) expect(decideHold(line(n), pools).length).toBe(draws.length);
        expect(() => decideHold(line(n + 1), pools)).toThrow();
      }),
    );
  });
});

describe("merging a bundle's draws", () => {
  it("adds the units a pool is drawn from by several components", () => {
    expect(
      mergeDraws([
        { draws: [{ poolId: "ga", units: 1 }], times: 2 },
        {
          draws: [
            { poolId: "ga", units: 1 },
            { poolId: "tee-m", units: 1 },
          ],
          times: 1,
        },
      ]),
    ).toEqual([
      { poolId: "ga", units: 3 },
      { poolId: "tee-m", units: 1 },
    ]);
  });
});
