import { describe, expect, it } from "vitest";
import { capacityInput, NO_SUPPLY, poolIdInput, stockInput, supplyOf } from "./supply";

/** What the form's fields read as, the way the Studio's edge reads them. */
const typed = (raw: { capacity?: unknown; poolId?: unknown; stock?: unknown[] }) => ({
  capacity: capacityInput.parse(raw.capacity),
  poolId: poolIdInput.parse(raw.poolId),
  stock: (raw.stock ?? []).map((s) => stockInput.parse(s)),
});
const problem = (schema: typeof capacityInput, raw: unknown) =>
  schema.safeParse(raw).error?.issues[0]?.message;

describe("where a new product's units come from", () => {
  describe("when a ticket has neither a capacity nor a shared pool", () => {
    it("is refused at the Capacity field: it could never be sold", () => {
      for (const capacity of [undefined, "", null])
        expect(supplyOf("ticket", typed({ capacity, poolId: "" }), []).issues).toEqual([
          { field: "capacity", message: NO_SUPPLY },
        ]);
      expect(supplyOf("addon", typed({}), []).issues).toEqual([{ field: "capacity", message: NO_SUPPLY }]);
    });
  });

  describe("when a ticket has a capacity, a shared pool, or both", () => {
    it("takes a pool of its own, draws from the pool, or both", () => {
      expect(supplyOf("ticket", typed({ capacity: "200" }), [])).toEqual({
        supply: { capacity: 200, poolId: null, stock: [] },
        issues: [],
      });
      expect(supplyOf("ticket", typed({ capacity: "", poolId: "pool_ga" }), [])).toEqual({
        supply: { capacity: null, poolId: "pool_ga", stock: [] },
        issues: [],
      });
      expect(supplyOf("addon", typed({ capacity: 0, poolId: "pool_ga" }), []).supply).toEqual({
        capacity: 0,
        poolId: "pool_ga",
        stock: [],
      });
    });
  });

  describe("when the capacity or a stock is not a count", () => {
    it("says so at its field", () => {
      expect(problem(capacityInput, "-5")).toBe("Capacity cannot be negative");
      expect(problem(capacityInput, "2.5")).toBe("Use a whole number");
      expect(problem(stockInput, "-1")).toBe("Stock cannot be negative");
    });
  });

  describe("when merch is added", () => {
    it("takes a stock per variant, and reports every variant without one at its row at once", () => {
      expect(supplyOf("merch", typed({ stock: ["5", 0] }), ["S", "M"])).toEqual({
        supply: { capacity: null, poolId: null, stock: [5, 0] },
        issues: [],
      });
      expect(supplyOf("merch", typed({ stock: ["", null, "3"] }), ["S", "M", "L"]).issues).toEqual([
        { field: "variants.0.stock", message: "Enter the stock of S" },
        { field: "variants.1.stock", message: "Enter the stock of M" },
      ]);
    });

    it("needs no capacity of its own", () => {
      expect(supplyOf("merch", typed({ stock: ["1"] }), ["One size"]).issues).toEqual([]);
    });
  });
});
