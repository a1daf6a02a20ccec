import { describe, expect, it } from "vitest";
import { atRow, componentsFromRows, roleFlags, rowsFromComponents, type ComponentRow } from "./bundle-rows";
import type { BundleComponent } from "./catalog";

const catalog = new Map([
  ["day", { name: "Day ticket" }],
  ["tee", { name: "T-shirt" }],
  ["beer", { name: "Beer" }],
  ["wine", { name: "Wine" }],
]);
const row = (over: Partial<ComponentRow> & Pick<ComponentRow, "productId">): ComponentRow => ({
  variantIds: [],
  quantity: 1,
  optional: false,
  group: null,
  ...over,
});

describe("a bundle's rows as components", () => {
  describe("when the organizer picks the T-shirt and ticks two of its sizes", () => {
    it("offers exactly the ticked sizes as one choice, each from the same row", () => {
      const r = componentsFromRows(
        [
          row({ productId: "day", quantity: 2 }),
          row({ productId: "tee", variantIds: ["tee-m", "tee-l"], group: "T-shirt size" }),
        ],
        catalog,
      );
      expect(r.issues).toEqual([]);
      expect(r.components).toEqual([
        { productId: "day", variantId: null, quantity: 2, optional: false, group: null },
        { productId: "tee", variantId: "tee-m", quantity: 1, optional: false, group: "T-shirt size" },
        { productId: "tee", variantId: "tee-l", quantity: 1, optional: false, group: "T-shirt size" },
      ]);
      expect(r.rowOf).toEqual([0, 1, 1]);
    });

    it("names the choice after the product when the organizer gave it no name", () => {
      const r = componentsFromRows([row({ productId: "tee", variantIds: ["tee-s", "tee-m"] })], catalog);
      expect(r.components.map((c) => c.group)).toEqual(["T-shirt", "T-shirt"]);
    });
  });

  describe("when one size is ticked", () => {
    it("is that size, included", () => {
      const r = componentsFromRows([row({ productId: "tee", variantIds: ["tee-m"] })], catalog);
      expect(r.components).toEqual([
        { productId: "tee", variantId: "tee-m", quantity: 1, optional: false, group: null },
      ]);
    });
  });

  describe("when an optional part has several sizes ticked", () => {
    it("is refused at the row's sizes: the fan could not say which", () => {
      const r = componentsFromRows(
        [
          row({ productId: "day" }),
          row({ productId: "tee", variantIds: ["tee-s", "tee-m"], optional: true }),
        ],
        catalog,
      );
      expect(r.issues).toEqual([
        {
          field: "components.1.variantIds",
          message: "An optional part is one size: tick one, or make the part included",
        },
      ]);
    });
  });

  describe("when a row has no product", () => {
    it("is skipped, and the rows after it keep their numbers", () => {
      const r = componentsFromRows([row({ productId: "" }), row({ productId: "day" })], catalog);
      expect(r.components).toHaveLength(1);
      expect(r.rowOf).toEqual([1]);
    });
  });

  describe("when a problem is found on a component", () => {
    it("is placed at the row it came from", () => {
      const rowOf = [0, 1, 1, 3];
      expect(atRow({ field: "components.2.variant", message: "x" }, rowOf)).toEqual({
        field: "components.1.variantIds",
        message: "x",
      });
      expect(atRow({ field: "components.3.quantity", message: "x" }, rowOf).field).toBe(
        "components.3.quantity",
      );
      expect(atRow({ field: "components", message: "x" }, rowOf).field).toBe("components");
    });
  });
});

describe("a stored bundle's components as rows (to edit it)", () => {
  const c = (id: string, over: Partial<BundleComponent>): BundleComponent => ({
    id,
    productId: "tee",
    variantId: null,
    quantity: 1,
    optional: false,
    group: null,
    ...over,
  });

  it("makes one row of the sizes of one choice with one price, and keeps every other component a row", () => {
    const stored = [
      c("c1", { productId: "day", quantity: 2 }),
      c("c2", { variantId: "tee-s", group: "T-shirt size" }),
      c("c3", { variantId: "tee-m", group: "T-shirt size" }),
      c("c4", { variantId: "tee-l", group: "T-shirt size" }),
      c("c5", { productId: "beer", group: "Drink" }),
      c("c6", { productId: "wine", group: "Drink" }),
    ];
    const prices = new Map([
      ["c2", 1600],
      ["c3", 1600],
      ["c4", 1600],
    ]);
    const rows = rowsFromComponents(stored, (id) => prices.get(id) ?? null);
    expect(rows).toEqual([
      { productId: "day", variantIds: [], quantity: 2, optional: false, group: null, price: null },
      {
        productId: "tee",
        variantIds: ["tee-s", "tee-m", "tee-l"],
        quantity: 1,
        optional: false,
        group: "T-shirt size",
        price: 1600,
      },
      { productId: "beer", variantIds: [], quantity: 1, optional: false, group: "Drink", price: null },
      { productId: "wine", variantIds: [], quantity: 1, optional: false, group: "Drink", price: null },
    ]);
    // and back: the same components, in the same order
    expect(componentsFromRows(rows, catalog).components).toEqual(stored.map(({ id: _id, ...rest }) => rest));
  });

  it("keeps sizes priced apart in rows of their own (one price per row)", () => {
    const stored = [
      c("c1", { variantId: "tee-s", group: "Size" }),
      c("c2", { variantId: "tee-xl", group: "Size" }),
    ];
    const rows = rowsFromComponents(stored, (id) => (id === "c2" ? 2000 : null));
    expect(rows.map((r) => [r.variantIds, r.price])).toEqual([
      [["tee-s"], null],
      [["tee-xl"], 2000],
    ]);
  });
});

describe("roleFlags (a part row's role)", () => {
  describe("given an optional part", () => {
    it("is optional and in no group, whatever group was typed", () => {
      expect(roleFlags("optional", "Size")).toEqual({ optional: true, group: null });
    });
  });
  describe("given an option of a choice", () => {
    it("is in its group, named 'option' when the organizer gave none", () => {
      expect(roleFlags("choice", "Shirt")).toEqual({ optional: false, group: "Shirt" });
      expect(roleFlags("choice", "")).toEqual({ optional: false, group: "option" });
      expect(roleFlags("choice", undefined)).toEqual({ optional: false, group: "option" });
    });
  });
  describe("given an included part", () => {
    it("is always in the bundle, in a group only when one was typed", () => {
      expect(roleFlags("included", "")).toEqual({ optional: false, group: null });
      expect(roleFlags(undefined, "Drink")).toEqual({ optional: false, group: "Drink" });
    });
  });
});
