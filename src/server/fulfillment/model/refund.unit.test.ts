import { describe, expect, it } from "vitest";
import { fanRefundOffer, type RefundPolicy } from "./refund";

const policy: RefundPolicy = { fanRefunds: true, cutoffHours: 48, feePercentBp: 1000, feeFixedMinor: 100 };
const eventStartsAt = new Date("2031-07-11T18:00:00Z");
const before = new Date("2031-07-09T17:59:59Z");
const offer = (o: Partial<Parameters<typeof fanRefundOffer>[0]>) =>
  fanRefundOffer({
    policy,
    eventStartsAt,
    channel: "shop",
    items: [{ status: "issued" }],
    now: before,
    ...o,
  });

describe("fanRefundOffer", () => {
  describe("given a brand that lets fans refund, before the cut-off", () => {
    it("offers the refund until 48 h before the event, with the policy's fee", () => {
      expect(offer({})).toEqual({
        open: true,
        until: "2031-07-09T18:00:00.000Z",
        feePercentBp: 1000,
        feeFixedMinor: 100,
      });
    });
  });
  describe("given the cut-off has passed", () => {
    it("offers nothing", () => {
      expect(offer({ now: new Date("2031-07-09T18:00:00Z") }).open).toBe(false);
    });
  });
  describe("given a brand that does not let fans refund", () => {
    it("offers nothing", () => {
      expect(offer({ policy: { ...policy, fanRefunds: false } }).open).toBe(false);
    });
  });
  describe("given an order paid at the box office", () => {
    it("offers nothing: only the door hands that money back", () => {
      expect(offer({ channel: "box_office" }).open).toBe(false);
    });
  });
  describe("given an order with nothing left to refund", () => {
    it("offers nothing", () => {
      expect(offer({ items: [{ status: "refunded" }, { status: "shipped" }] }).open).toBe(false);
      expect(offer({ items: [{ status: "to_ship" }] }).open).toBe(true);
    });
  });
});
