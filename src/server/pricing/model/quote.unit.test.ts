import { thrown } from "@/test/domain-error";
import { describe, expect, it } from "vitest";
import { computeQuote, type PricedLine } from "./quote";

const at = new Date("2026-07-01T18:05:00Z");
const line = (productId: string, quantity: number, unitPrice: number): PricedLine => ({
  productId,
  productName: `Ticket ${productId}`,
  quantity,
  unitPrice,
});

describe("computeQuote", () => {
  describe("given priced lines", () => {
    const quote = computeQuote([line("ga", 3, 2500), line("vip", 2, 9900), line("kid", 1, 0)], "EUR", at);

    it("totals each line as unit price × quantity", () => {
      expect(quote.lines.map((l) => l.total)).toEqual([7500, 19800, 0]);
    });

    it("totals the quote as the sum of its lines", () => {
      expect(quote.total).toBe(7500 + 19800 + 0);
    });

    it("keeps the currency and the line details", () => {
      expect(quote.currency).toBe("EUR");
      expect(quote.lines[1]).toEqual({
        productId: "vip",
        productName: "Ticket vip",
        quantity: 2,
        unitPrice: 9900,
        total: 19800,
      });
    });

    it("stamps quotedAt with the given date as an ISO string", () => {
      expect(quote.quotedAt).toBe("2026-07-01T18:05:00.000Z");
    });
  });

  describe("given no lines", () => {
    it("quotes zero", () => {
      expect(computeQuote([], "EUR", at).total).toBe(0);
    });
  });

  describe("when a unit price is negative", () => {
    it("refuses as Invalid, naming the product", () => {
      const e = thrown(() => computeQuote([line("ga", 1, -100)], "EUR", at));
      expect(e.code).toBe("Invalid");
      expect(e.message).toBe("Ticket ga has no valid price.");
    });
  });

  describe("when a unit price is not a whole number of minor units", () => {
    it("refuses as Invalid", () => {
      const e = thrown(() => computeQuote([line("ga", 1, 12.5)], "EUR", at));
      expect(e.code).toBe("Invalid");
      expect(e.message).toBe("Ticket ga has no valid price.");
    });
  });

  describe("when the total overflows safe integers", () => {
    it("refuses as Invalid: the order is too large", () => {
      const e = thrown(() => computeQuote([line("a", 10, Number.MAX_SAFE_INTEGER)], "EUR", at));
      expect(e.code).toBe("Invalid");
      expect(e.message).toBe("This order is too large.");
    });
  });
});
