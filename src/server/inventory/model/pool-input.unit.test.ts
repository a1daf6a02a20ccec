import { describe, expect, it } from "vitest";
import { drawInput, poolInput } from "./pool-input";

describe("drawInput", () => {
  describe("given a draw whose units the organizer left blank", () => {
    it("takes one unit of the pool per unit sold", () => {
      expect(drawInput.parse({ productId: "prd_1", units: "" })).toEqual({
        productId: "prd_1",
        variantId: null,
        units: 1,
      });
      expect(drawInput.parse({ productId: "prd_1", variantId: "var_1" }).units).toBe(1);
    });
  });
  describe("given units typed", () => {
    it("takes that many, at least one", () => {
      expect(drawInput.parse({ productId: "prd_1", units: "2" }).units).toBe(2);
      expect(drawInput.safeParse({ productId: "prd_1", units: "0" }).error?.issues[0]?.message).toBe(
        "A draw takes at least 1 unit",
      );
    });
  });
});

describe("poolInput", () => {
  describe("given a negative capacity and no name", () => {
    it("says both, each at its field", () => {
      const r = poolInput.safeParse({ name: " ", capacity: "-1" });
      expect(r.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([
        ["name", "Name the pool"],
        ["capacity", "Capacity cannot be negative"],
      ]);
    });
  });
});
