import { describe, expect, it } from "vitest";
import { productKey } from "./product-key";

describe("productKey (a Studio product picker's value)", () => {
  describe("given a product", () => {
    it("names the product, no variant", () => {
      expect(productKey.parse("prd_1")).toEqual({ productId: "prd_1", variantId: null });
    });
  });
  describe("given a product and one of its variants", () => {
    it("names both", () => {
      expect(productKey.parse("prd_1:var_2")).toEqual({ productId: "prd_1", variantId: "var_2" });
    });
  });
  describe("given nothing picked", () => {
    it("names no product", () => {
      expect(productKey.parse("")).toEqual({ productId: "", variantId: null });
    });
  });
});
