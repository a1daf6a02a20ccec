import { describe, expect, it } from "vitest";
import { refundPlacement, type CountedLine } from "./sales-facts";

const pack: CountedLine = {
  lineId: "l1",
  productId: "weekend",
  productName: "Weekend pack",
  variantId: null,
  variantName: null,
  kind: "bundle",
  quantity: 1,
  discount: 0,
  tax: 0,
  total: 5400,
  allocation: [
    { componentId: "day", amount: 3150, tax: 0 },
    { componentId: "shirt", amount: 2250, tax: 0 },
  ],
  components: [
    {
      componentId: "day",
      productId: "day-ticket",
      productName: "Day ticket",
      variantId: null,
      variantName: null,
      kind: "ticket",
      quantity: 2,
    },
    {
      componentId: "shirt",
      productId: "tshirt",
      productName: "T-shirt",
      variantId: "m",
      variantName: "M",
      kind: "merch",
      quantity: 1,
    },
  ],
};

describe("where a refunded item's money comes off", () => {
  it("given a bundle's T-shirt refunded, it comes off the bundle and off the T-shirt component", () => {
    const placed = refundPlacement([pack], { lineId: "l1", componentId: "shirt" });
    expect(placed?.line.productId).toBe("weekend");
    expect(placed?.component?.productId).toBe("tshirt");
    expect(placed?.component?.variantId).toBe("m");
  });

  it("given an item of a line the projector never counted, it is not placed", () => {
    expect(refundPlacement([pack], { lineId: "l9", componentId: "" })).toBeNull();
  });
});
