import { describe, it, expect } from "vitest";
import { planTickets, type PaidOrderFacts } from "./commands";
import { verifyTicketCode } from "./model/ticket-code";

const KEY = "k".repeat(40);
let n = 0;
const makeId = () => `tkt${String(++n).padStart(24, "0")}`;

const order = (lines: PaidOrderFacts["lines"]): PaidOrderFacts => ({ orderId: "ord1", reference: "MQ-1", eventId: "evt1", buyerName: "Fay", buyerEmail: "fay@example.com", lines });

describe("the tickets a paid order gets", () => {
  it("issues one ticket per admission of a ticket line, each with a genuine code", () => {
    const t = planTickets(order([{ lineId: "l1", productName: "Floor", kind: "ticket", quantity: 3 }]), "brd", KEY, makeId);
    expect(t.map((x) => [x.orderLineId, x.seq, x.productName])).toEqual([["l1", 0, "Floor"], ["l1", 1, "Floor"], ["l1", 2, "Floor"]]);
    for (const x of t) expect(verifyTicketCode(x.code, KEY)).toBe(x.id);
  });

  describe("when a bundle of two day tickets and a T-shirt is bought twice", () => {
    it("issues four tickets named after the bundle, and none for the T-shirt", () => {
      const t = planTickets(
        order([{ lineId: "l1", productName: "Weekend pack", kind: "bundle", quantity: 2, components: [{ productName: "Day ticket", kind: "ticket", quantity: 2 }, { productName: "T-shirt", kind: "merch", quantity: 1 }] }]),
        "brd", KEY, makeId,
      );
      expect(t).toHaveLength(4);
      expect(new Set(t.map((x) => x.productName))).toEqual(new Set(["Day ticket · Weekend pack"]));
      expect(t.map((x) => x.seq)).toEqual([0, 1, 2, 3]);
    });
  });

  it("issues nothing for merch and add-on lines", () => {
    expect(planTickets(order([{ lineId: "l1", productName: "T-shirt", kind: "merch", quantity: 2 }, { lineId: "l2", productName: "Parking", kind: "addon", quantity: 1 }]), "brd", KEY, makeId)).toEqual([]);
  });
});
