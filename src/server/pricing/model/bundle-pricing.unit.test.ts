import { thrown } from "@/test/domain-error";
import { describe, expect, it } from "vitest";
import { allocateBundle, bundleUnitPrice, type BundlePricing, type PricedComponent } from "./bundle-pricing";

const component = (
  componentId: string,
  standaloneUnitPrice: number,
  quantity = 1,
  overrideUnitPrice: number | null = null,
  taxRateBp = 1900,
): PricedComponent => ({
  componentId,
  name: componentId,
  quantity,
  standaloneUnitPrice,
  overrideUnitPrice,
  taxRateBp,
});
const ga = component("ga", 3000);
const shirt = component("shirt", 2500, 1, null, 1900);
const parking = component("parking", 1000);

const sum = (discount: Extract<BundlePricing, { mode: "sum" }>["discount"] = null): BundlePricing => ({
  mode: "sum",
  discount,
});

describe("bundleUnitPrice", () => {
  describe("given a sum bundle with no discount", () => {
    it("costs what its parts cost alone, saving nothing", () => {
      expect(bundleUnitPrice(sum(), [ga, shirt])).toEqual({ price: 5500, standaloneTotal: 5500, saving: 0 });
    });
  });

  describe("when a component quantity is above 1", () => {
    it("counts each unit", () => {
      expect(bundleUnitPrice(sum(), [component("ga", 3000, 2)]).price).toBe(6000);
    });
  });

  describe("when the ticket costs 20 € inside the bundle and 30 € alone", () => {
    it("prices the bundle with 20 € and shows the 10 € saving", () => {
      expect(bundleUnitPrice(sum(), [component("ga", 3000, 1, 2000), shirt])).toEqual({
        price: 4500,
        standaloneTotal: 5500,
        saving: 1000,
      });
    });
  });

  describe("given a 15 % bundle discount", () => {
    it("takes 15 % off the sum, rounded half up to the cent", () => {
      // 5500 + 999 = 6499; 15 % = 974.85 → 975
      expect(
        bundleUnitPrice(sum({ kind: "percent", basisPoints: 1500 }), [ga, shirt, component("pin", 999)]),
      ).toEqual({ price: 5524, standaloneTotal: 6499, saving: 975 });
    });
  });

  describe("given an amount discount larger than the sum", () => {
    it("never goes below 0", () => {
      expect(bundleUnitPrice(sum({ kind: "amount", amount: 10_000 }), [parking]).price).toBe(0);
    });
  });

  describe("given a fixed bundle", () => {
    const fixed: BundlePricing = { mode: "fixed", phases: [] };

    it("costs the fixed price the caller resolved from its phase", () => {
      expect(bundleUnitPrice(fixed, [ga, shirt], 4900)).toEqual({
        price: 4900,
        standaloneTotal: 5500,
        saving: 600,
      });
    });

    it("may cost more than its parts: the saving is negative", () => {
      expect(bundleUnitPrice(fixed, [parking], 1500).saving).toBe(-500);
    });

    it("refuses as Invalid without a price", () => {
      expect(thrown(() => bundleUnitPrice(fixed, [ga])).message).toBe("This bundle has no valid price.");
    });
  });

  describe("when a component has a negative price", () => {
    it("refuses as Invalid, naming it", () => {
      const e = thrown(() => bundleUnitPrice(sum(), [component("ga", -1)]));
      expect(e.code).toBe("Invalid");
      expect(e.message).toBe("ga has no valid price in this bundle.");
    });
  });
});

describe("allocateBundle", () => {
  describe("given a bundle price and components worth 30 € and 25 € alone", () => {
    const parts = allocateBundle(4900, [ga, shirt]);

    it("splits the price in proportion to their standalone totals, adding up exactly", () => {
      expect(parts.map((p) => p.amount)).toEqual([2673, 2227]); // 2672.7 and 2227.3
      expect(parts.reduce((s, p) => s + p.amount, 0)).toBe(4900);
    });

    it("computes the tax inside each part at its own rate", () => {
      expect(parts.map((p) => p.tax)).toEqual([427, 356]); // 2673 × 19/119, 2227 × 19/119
    });
  });

  describe("when a component has a quantity", () => {
    it("weighs it by standalone price × quantity", () => {
      expect(
        allocateBundle(9000, [component("ga", 3000, 2), component("parking", 3000)]).map((p) => p.amount),
      ).toEqual([6000, 3000]);
    });
  });

  describe("when every component is free alone", () => {
    it("splits evenly", () => {
      expect(allocateBundle(1001, [component("a", 0), component("b", 0)]).map((p) => p.amount)).toEqual([
        501, 500,
      ]);
    });
  });
});
