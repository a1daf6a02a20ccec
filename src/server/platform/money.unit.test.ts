import { describe, expect, it } from "vitest";
import { allocate, formatMoney, money } from "./money";

/** mulberry32: a tiny seeded PRNG so the property loop is repeatable. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

describe("allocate", () => {
  it("splits 1000 over three equal weights with the extra cent to the first part", () => {
    expect(allocate(1000, [1, 1, 1])).toEqual([334, 333, 333]);
  });

  it("splits proportionally when the weights divide evenly", () => {
    expect(allocate(100, [30, 20])).toEqual([60, 40]);
  });

  it("gives leftover units to the largest remainders", () => {
    // exact ≈ 1.43, 2.86, 5.71 → floors 1, 2, 5 (=8); the two left over go to .86 and .71
    expect(allocate(10, [1, 2, 4])).toEqual([1, 3, 6]);
  });

  it("gives everything to the only weighted part", () => {
    expect(allocate(999, [0, 5, 0])).toEqual([0, 999, 0]);
  });

  it("splits evenly when all weights are zero", () => {
    expect(allocate(10, [0, 0, 0])).toEqual([4, 3, 3]);
  });

  it("returns no parts for no weights", () => {
    expect(allocate(1000, [])).toEqual([]);
  });

  it("refuses a non-integer total", () => {
    expect(() => allocate(10.5, [1, 1])).toThrow();
  });

  describe("for many pseudo-random totals and weights", () => {
    const rand = prng(20260701);
    const cases = Array.from({ length: 500 }, () => {
      const n = 1 + Math.floor(rand() * 8);
      const total = Math.floor(rand() * 1_000_000);
      const weights = Array.from({ length: n }, () => (rand() < 0.15 ? 0 : Math.floor(rand() * 10_000)));
      return { total, weights };
    });

    it("always adds up to the total exactly", () => {
      for (const { total, weights } of cases) {
        const parts = allocate(total, weights);
        expect(parts, `allocate(${total}, [${weights}])`).toHaveLength(weights.length);
        expect(sum(parts), `allocate(${total}, [${weights}])`).toBe(total);
      }
    });

    it("returns whole parts, each within one unit of its exact proportional share", () => {
      for (const { total, weights } of cases) {
        const parts = allocate(total, weights);
        const w = sum(weights) > 0 ? weights : weights.map(() => 1);
        const wSum = sum(w);
        parts.forEach((p, i) => {
          expect(Number.isInteger(p)).toBe(true);
          expect(
            Math.abs(p - (total * w[i]!) / wSum),
            `part ${i} of allocate(${total}, [${weights}])`,
          ).toBeLessThan(1);
        });
      }
    });
  });
});

describe("money", () => {
  it("accepts an integer amount of minor units", () => {
    expect(money(1250, "EUR")).toEqual({ amount: 1250, currency: "EUR" });
  });

  it.each([12.5, 0.1, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 53])(
    "rejects %s, which is not a safe integer",
    (amount) => {
      expect(() => money(amount, "EUR")).toThrow(/integers of minor units/);
    },
  );
});

describe("formatMoney", () => {
  it("shows 1250 EUR minor units as 12.50 with the euro sign", () => {
    const text = formatMoney(money(1250, "EUR"));
    expect(text).toContain("12.50");
    expect(text).toContain("€");
  });

  it("shows whole amounts with two decimals", () => {
    expect(formatMoney(money(100, "EUR"))).toContain("1.00");
  });
});
