import { describe, expect, it } from "vitest";
import { NO_SUPPLY, supplyOf } from "./supply";

describe("where a new product's units come from", () => {
  describe("when a ticket has neither a capacity nor a shared pool", () => {
    it("is refused at the Capacity field: it could never be sold", () => {
      for (const capacity of [undefined, "", null])
        expect(supplyOf("ticket", { capacity, poolId: "" }, []).issues).toEqual([
          { field: "capacity", message: NO_SUPPLY },
        ]);
      expect(supplyOf("addon", {}, []).issues).toEqual([{ field: "capacity", message: NO_SUPPLY }]);
    });
  });

  describe("when a ticket has a capacity, a shared pool, or both", () => {
    it("takes a pool of its own, draws from the pool, or both", () => {
      expect(supplyOf("ticket", { capacity: "200" }, [])).toEqual({
        supply: { capacity: 200, poolId: null, stock: [] },
        issues: [],
      });
      expect(supplyOf("ticket", { capacity: "", poolId: "pool_ga" }, [])).toEqual({
        supply: { capacity: null, poolId: "pool_ga", stock: [] },
        issues: [],
      });
      expect(supplyOf("addon", { capacity: 0, poolId: "pool_ga" }, []).supply).toEqual({
        capacity: 0,
        poolId: "pool_ga",
        stock: [],
      });
    });
  });

  describe("when the capacity is not a count", () => {
    it("says so at the Capacity field, and nothing else", () => {
      expect(supplyOf("ticket", { capacity: "-5" }, []).issues).toEqual([
        { field: "capacity", message: "Capacity cannot be negative" },
      ]);
      expect(supplyOf("ticket", { capacity: "2.5" }, []).issues).toEqual([
        { field: "capacity", message: "Use a whole number" },
      ]);
    });
  });

  describe("when merch is added", () => {
    it("takes a stock per variant, and reports every variant without one at its row at once", () => {
      expect(supplyOf("merch", { stock: ["5", 0] }, ["S", "M"])).toEqual({
        supply: { capacity: null, poolId: null, stock: [5, 0] },
        issues: [],
      });
      expect(supplyOf("merch", { stock: ["", "-1", "3"] }, ["S", "M", "L"]).issues).toEqual([
        { field: "variants.0.stock", message: "Enter the stock of S" },
        { field: "variants.1.stock", message: "Stock cannot be negative" },
      ]);
    });

    it("needs no capacity of its own", () => {
      expect(supplyOf("merch", { stock: ["1"] }, ["One size"]).issues).toEqual([]);
    });
  });
});
