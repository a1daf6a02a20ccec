import { describe, expect, it } from "vitest";
import { includedTax, percentOf } from "./rates";

describe("percentOf", () => {
  describe("when the exact result has a fraction of a minor unit", () => {
    it("rounds half up", () => {
      expect(percentOf(2999, 1500)).toBe(450); // 449.85
      expect(percentOf(10, 500)).toBe(1); // 0.5
      expect(percentOf(9, 500)).toBe(0); // 0.45
    });
  });

  describe("when the rate is 100 %", () => {
    it("gives the whole amount", () => {
      expect(percentOf(12345, 10_000)).toBe(12345);
    });
  });

  describe("when the amount is not a whole number of minor units", () => {
    it("refuses as Invalid", () => {
      expect(() => percentOf(12.5, 1000)).toThrow("whole, non-negative number of minor units");
    });
  });
});

describe("includedTax", () => {
  describe("given a 19 % tax-inclusive price", () => {
    it("finds the tax inside it, rounded half up", () => {
      expect(includedTax(11900, 1900)).toBe(1900);
      expect(includedTax(2500, 1900)).toBe(399); // 399.16
    });
  });

  describe("given a rate of 0", () => {
    it("contains no tax", () => {
      expect(includedTax(2500, 0)).toBe(0);
    });
  });
});
