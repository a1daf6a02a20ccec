import { describe, expect, it } from "vitest";
import { productInput, productProblems } from "./product-input";

const TZ = "Europe/Berlin";
const merch = (variants: { name?: string; sku?: string }[], over: Record<string, unknown> = {}) => ({
  kind: "merch",
  name: "T-shirt",
  taxRate: "19",
  variants,
  ...over,
});

describe("a new product's fields", () => {
  describe("when several fields of a merch form are wrong", () => {
    it("reports every problem at once, each at its field", () => {
      expect(
        productProblems(
          merch([{ name: "", sku: "" }, { name: "M", sku: "TEE M" }, { name: "m" }], {
            name: "",
            maxPerOrder: "0",
          }),
          TZ,
        ),
      ).toEqual([
        { field: "name", message: "Name the product" },
        { field: "maxPerOrder", message: "At least 1" },
        { field: "variants.0.name", message: "Name the variant" },
        { field: "variants.1.sku", message: "Use letters, digits, dots, dashes" },
        { field: "maxPerOrder", message: "The maximum cannot be below the minimum" },
        { field: "variants.2.name", message: "Two variants have this name" },
      ]);
    });

    it("checks the sales window even when another field is wrong", () => {
      expect(
        productProblems(
          merch([{ name: "" }], { salesStart: "2030-05-01T10:00", salesEnd: "2030-04-01T10:00" }),
          TZ,
        ),
      ).toEqual([
        { field: "variants.0.name", message: "Name the variant" },
        { field: "salesEnd", message: "Sales must end after they start" },
      ]);
    });
  });

  describe("when a variant's SKU is left blank", () => {
    it("is not a problem: one is made from the names, unique within the product", () => {
      const r = productInput(TZ).parse(
        merch([{ name: "S" }, { name: "M", sku: "" }, { name: "L", sku: "T-SHIRT-S" }]),
      );
      expect(r.variants).toEqual([
        { name: "S", sku: "T-SHIRT-S-2" },
        { name: "M", sku: "T-SHIRT-M" },
        { name: "L", sku: "T-SHIRT-S" },
      ]);
    });
  });

  describe("when two variants are given one SKU", () => {
    it("refuses the second at its SKU field", () => {
      expect(
        productProblems(
          merch([
            { name: "S", sku: "TEE" },
            { name: "M", sku: "tee" },
          ]),
          TZ,
        ),
      ).toEqual([{ field: "variants.1.sku", message: "Two variants have this SKU" }]);
    });
  });
});
