import { describe, expect, it } from "vitest";
import {
  productDetailFields,
  productDetailProblemsIn,
  productDetailsFrom,
  productFields,
  productFrom,
  productInput,
  productProblems,
  productProblemsIn,
} from "./product-input";

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

// The Studio's form (ADR 0026): its fields read once at the edge, times still local; the event's
// time zone then reads the sales window and the rules between fields are checked.
describe("a new product's form, read at the edge, then in the event's time zone", () => {
  const fields = productFields.parse({
    kind: "ticket",
    name: " Day ticket ",
    taxRate: "7",
    salesStart: "2031-06-01T10:00",
    channels: "shop",
  });

  it("keeps the times local until the time zone is known", () => {
    expect(fields).toMatchObject({
      name: "Day ticket",
      taxRate: 7,
      salesStart: "2031-06-01T10:00",
      channels: ["shop"],
    });
    expect(productProblemsIn(fields, TZ)).toEqual([]);
    expect(productFrom(fields, TZ)).toMatchObject({
      salesStart: new Date("2031-06-01T08:00:00.000Z"),
      salesEnd: null,
      taxRateBp: 700,
      variants: [],
    });
  });

  describe("when the fields disagree", () => {
    it("reports every problem between them at once", () => {
      const wrong = { ...fields, salesEnd: "2031-05-01T10:00", minPerOrder: 5, maxPerOrder: 2 };
      expect(productProblemsIn({ ...wrong, variants: [{ name: "S", sku: "" }] }, TZ)).toEqual([
        { field: "salesEnd", message: "Sales must end after they start" },
        { field: "maxPerOrder", message: "The maximum cannot be below the minimum" },
        { field: "variants", message: "Only merch has variants" },
      ]);
    });
  });

  describe("when a product's details are edited", () => {
    it("reads them the same way", () => {
      const edited = productDetailFields.parse({ name: "GA", taxRate: "19", salesEnd: "soon" });
      expect(productDetailProblemsIn(edited, TZ)).toEqual([
        { field: "salesEnd", message: "Not a date and time" },
      ]);
      expect(productDetailsFrom({ ...edited, salesEnd: null }, TZ)).toMatchObject({
        name: "GA",
        taxRateBp: 1900,
      });
    });
  });
});
