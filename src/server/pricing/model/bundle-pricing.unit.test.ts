import { thrown } from "@/test/domain-error";
import { describe, expect, it } from "vitest";
import {
  allocateBundle,
  bundleUnitPrice,
  splitBasisFor,
  type BundlePricing,
  type PricedComponent,
} from "./bundle-pricing";

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
    const parts = allocateBundle(4900, [ga, shirt], "standalone");

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
        allocateBundle(9000, [component("ga", 3000, 2), component("parking", 3000)], "standalone").map(
          (p) => p.amount,
        ),
      ).toEqual([6000, 3000]);
    });
  });

  describe("when every component is free alone", () => {
    it("splits evenly", () => {
      expect(
        allocateBundle(1001, [component("a", 0), component("b", 0)], "standalone").map((p) => p.amount),
      ).toEqual([501, 500]);
    });
  });
});

// Issue 12 item 7: the weekend pack of the issue. A ticket (€50 alone, €38 inside the pack) and a
// T-shirt (€25 alone, €16 inside): the pack costs €54.
describe("allocateBundle on a basis", () => {
  const ticket = component("ticket", 5000, 1, 3800, 700);
  const tee = component("tee", 2500, 1, 1600, 1900);
  const pack = [ticket, tee];
  const amounts = (price: number, components: PricedComponent[], basis: "in_bundle" | "standalone") =>
    allocateBundle(price, components, basis).map((p) => p.amount);

  describe("given in-bundle prices and the pack's price", () => {
    it("gives each part exactly its in-bundle price: the T-shirt €16", () => {
      expect(amounts(5400, pack, "in_bundle")).toEqual([3800, 1600]);
    });
  });

  describe("given the same pack split by stand-alone prices (25 : 50)", () => {
    it("gives the T-shirt a third of the pack: €18", () => {
      expect(amounts(5400, pack, "standalone")).toEqual([3600, 1800]);
    });
  });

  describe("when a 10 % promo code takes the line to €48.60", () => {
    it("spreads the discount by in-bundle prices too, adding up to what was paid", () => {
      expect(amounts(4860, pack, "in_bundle")).toEqual([3420, 1440]);
    });
  });

  describe("when €5 off leaves a remainder cent (4900 × 38/54 = 3448.15, × 16/54 = 1451.85)", () => {
    it("gives the cent to the largest remainder, so the parts add up to the line", () => {
      expect(amounts(4900, pack, "in_bundle")).toEqual([3448, 1452]);
    });
  });

  describe("when three parts weigh the same and the price does not divide by three", () => {
    it("gives the remainder cent to the earliest part", () => {
      const three = ["a", "b", "c"].map((id) => component(id, 900, 1, 1000));
      expect(amounts(1000, three, "in_bundle")).toEqual([334, 333, 333]);
    });
  });

  describe("when a part costs 0 inside the bundle (a poster, €8 alone)", () => {
    const poster = component("poster", 800, 1, 0);

    it("gives it nothing by in-bundle prices", () => {
      expect(amounts(5400, [...pack, poster], "in_bundle")).toEqual([3800, 1600, 0]);
    });

    it("gives it its stand-alone share by stand-alone prices", () => {
      expect(amounts(5400, [...pack, poster], "standalone")).toEqual([3253, 1627, 520]);
    });
  });

  describe("when every part costs 0 inside a fixed-price bundle", () => {
    it("splits evenly rather than losing the price", () => {
      expect(amounts(1001, [component("a", 500, 1, 0), component("b", 700, 1, 0)], "in_bundle")).toEqual([
        501, 500,
      ]);
    });
  });
});

describe("splitBasisFor", () => {
  const withPrice = [component("ticket", 5000, 1, 3800), component("tee", 2500)];
  const without = [component("ticket", 5000), component("tee", 2500)];

  describe("given the brand splits by in-bundle prices", () => {
    it("uses them when a part has one", () => {
      expect(splitBasisFor("in_bundle", withPrice)).toBe("in_bundle");
    });

    it("names the split stand-alone when no part has one: both weigh the same", () => {
      expect(splitBasisFor("in_bundle", without)).toBe("standalone");
    });
  });

  describe("given the brand splits by stand-alone prices", () => {
    it("uses them, whatever the in-bundle prices", () => {
      expect(splitBasisFor("standalone", withPrice)).toBe("standalone");
    });
  });
});
