import { describe, expect, it } from "vitest";
import { revenueSplit } from "./revenue-split";

const product = (productId: string, kind: string, gross: number, currency = "EUR") => ({
  currency,
  productId,
  productName: productId,
  kind,
  gross,
});

describe("revenue by product with bundles split", () => {
  it("adds each product's share of the packs to what it sold alone, to the cent", () => {
    const [eur] = revenueSplit(
      [product("day", "ticket", 6000), product("pack", "bundle", 6500)],
      [
        {
          currency: "EUR",
          bundleId: "pack",
          bundleName: "Weekend pack",
          productId: "day",
          productName: "day",
          revenue: 4000,
        },
        {
          currency: "EUR",
          bundleId: "pack",
          bundleName: "Weekend pack",
          productId: "tee",
          productName: "tee",
          revenue: 2500,
        },
      ],
    );
    expect(eur!.stacks.map((s) => [s.name, s.total])).toEqual([
      ["Sold alone", 6000],
      ["In Weekend pack", 6500],
    ]);
    expect(eur!.rows.map((r) => [r.name, r.values, r.total])).toEqual([
      ["day", { alone: 6000, "bundle:pack": 4000 }, 10000],
      ["tee", { alone: 0, "bundle:pack": 2500 }, 2500],
    ]);
    // The pack itself has no bar of its own: its money is in its parts, and the bars add up.
    expect(eur!.rows.reduce((a, r) => a + r.total, 0)).toBe(6000 + 6500);
  });

  it("keeps currencies apart", () => {
    const split = revenueSplit([product("a", "ticket", 100, "EUR"), product("a", "ticket", 70, "GBP")], []);
    expect(split.map((s) => [s.currency, s.rows[0]!.total])).toEqual([
      ["EUR", 100],
      ["GBP", 70],
    ]);
  });
});
