import { describe, expect, it } from "vitest";
import { mismatchesOf, type ProviderSession, type StoredPayment } from "./payment-match";

const stored: StoredPayment = {
  paymentId: "pay_a",
  orderId: "ord_a",
  brandId: "brd_a",
  provider: "stripe",
  providerRef: "cs_test_a",
  amount: 1000,
  currency: "EUR",
};
const session: ProviderSession = {
  provider: "stripe",
  sessionId: "cs_test_a",
  paymentId: "pay_a",
  orderId: "ord_a",
  brandId: "brd_a",
  amount: 1000,
  currency: "eur",
};

describe("matching a provider's session to the stored payment", () => {
  describe("given the session created for this payment, with its total and currency", () => {
    it("matches (the currency's case does not matter)", () => {
      expect(mismatchesOf(stored, session)).toEqual([]);
    });
    it("matches when the session lost its metadata", () => {
      expect(mismatchesOf(stored, { ...session, paymentId: null, orderId: null, brandId: null })).toEqual([]);
    });
  });

  describe("given 1 US cent for a 10 EUR order", () => {
    it("refuses it for the amount and the currency", () => {
      expect(mismatchesOf(stored, { ...session, amount: 1, currency: "usd" })).toEqual([
        "amount",
        "currency",
      ]);
    });
  });

  describe("given a session without an amount or a currency", () => {
    it("refuses it", () => {
      expect(mismatchesOf(stored, { ...session, amount: null, currency: null })).toEqual([
        "amount",
        "currency",
      ]);
    });
  });

  describe("given another session that names this payment in its metadata", () => {
    it("refuses it: only the session stored for the payment may settle it", () => {
      expect(mismatchesOf(stored, { ...session, sessionId: "cs_test_b" })).toEqual(["session"]);
    });
  });

  describe("given another brand's session", () => {
    it("refuses it", () => {
      const foreign = { ...session, sessionId: "cs_test_b", orderId: "ord_b", brandId: "brd_b" };
      expect(mismatchesOf(stored, foreign)).toEqual(["session", "order", "brand"]);
    });
  });

  describe("given the session stored for the payment but naming another payment", () => {
    it("refuses it", () => {
      expect(mismatchesOf(stored, { ...session, paymentId: "pay_b" })).toEqual(["payment"]);
    });
  });

  describe("given a payment made with the local test provider (no session)", () => {
    it("refuses any Stripe session for it", () => {
      const local = { ...stored, provider: "local", providerRef: null };
      expect(mismatchesOf(local, session)).toEqual(["provider", "session"]);
    });
  });
});
