import { describe, expect, it } from "vitest";
import { refundPolicyInput } from "./refund-policy";

describe("refundPolicyInput", () => {
  describe("given a form that leaves the fees blank or out", () => {
    it("keeps no fee", () => {
      expect(refundPolicyInput.parse({ fanRefunds: "on", cutoffHours: "24" })).toEqual({
        fanRefunds: true,
        cutoffHours: 24,
        feePercent: 0,
        feeFixed: 0,
      });
      expect(refundPolicyInput.parse({ cutoffHours: "", feePercent: "", feeFixed: "" })).toEqual({
        fanRefunds: false,
        cutoffHours: 0,
        feePercent: 0,
        feeFixed: 0,
      });
    });
  });
  describe("given fees typed as text", () => {
    it("reads them as numbers", () => {
      expect(refundPolicyInput.parse({ feePercent: "10", feeFixed: "1.50" })).toMatchObject({
        feePercent: 10,
        feeFixed: 1.5,
      });
    });
  });
  describe("given a negative cut-off and a fee above 100 %", () => {
    it("places each problem at its field, both at once", () => {
      const r = refundPolicyInput.safeParse({ cutoffHours: "-1", feePercent: "120" });
      expect(r.success).toBe(false);
      expect(r.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([
        ["cutoffHours", "Hours can't be negative"],
        ["feePercent", "At most 100 %"],
      ]);
    });
  });
});
