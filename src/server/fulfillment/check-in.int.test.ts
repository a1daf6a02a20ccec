import { describe, it, expect } from "vitest";
import { db } from "@/server/platform/db";
import * as checkout from "@/server/checkout";
import * as fulfillment from "@/server/fulfillment";
import { subscribers } from "@/server/workflows/subscriptions";
import { organizerWithEvent, buyer, dispatchUntil } from "@/test/fixtures";
import { placeOrderFlow } from "@/test/edge";

const door = { kind: "user" as const, id: "usr_door", label: "Dora Door" };

async function issuedTickets(quantity = 2) {
  const f = await organizerWithEvent({ capacity: 10 });
  const placed = await placeOrderFlow({
    brandSlug: f.brand.slug,
    eventId: f.event.id,
    buyer: buyer(),
    lines: [{ productId: f.productId, quantity }],
  });
  const payment = await db().payment.findFirstOrThrow({ where: { orderId: placed.orderId } });
  await checkout.confirmPayment(payment.id, "succeeded", new Date(), { kind: "system", label: "test" });
  await dispatchUntil(
    subscribers,
    async () => (await db().ticket.count({ where: { orderId: placed.orderId } })) === quantity,
  );
  const tickets = await fulfillment.ticketsForOrder(f.brand.id, placed.orderId);
  expect(tickets).toHaveLength(quantity);
  return { ...f, tickets, event: { id: f.event.id, timeZone: "Europe/Berlin" } };
}

describe("checking in at the door", () => {
  it("says valid the first time and 'already checked in at HH:MM by …' after that", async () => {
    const t = await issuedTickets();
    const first = await fulfillment.checkIn(
      door,
      t.brand.id,
      t.event,
      t.tickets[0]!.code,
      new Date("2030-05-01T18:30:00Z"),
    );
    expect(first).toMatchObject({ result: "valid", attendeeName: "Fan 1", productName: "General" });
    const second = await fulfillment.checkIn(
      door,
      t.brand.id,
      t.event,
      t.tickets[0]!.code,
      new Date("2030-05-01T18:31:00Z"),
    );
    expect(second).toMatchObject({
      result: "already_checked_in",
      message: "Already checked in at 20:30 — do not admit.",
      checkedInBy: "Dora Door",
    });
    expect(await fulfillment.checkInCounts(t.brand.id, t.event.id)).toEqual({
      expected: 2,
      checkedIn: 1,
      perProduct: [{ productName: "General", expected: 2, checkedIn: 1 }],
    });
    expect(
      await db().storedEvent.count({
        where: { type: "TicketCheckedIn", streamId: `ticket-${t.tickets[0]!.id}` },
      }),
    ).toBe(1);
  });

  it("refuses a made-up code and an altered code as unknown", async () => {
    const t = await issuedTickets(1);
    expect((await fulfillment.checkIn(door, t.brand.id, t.event, "hello", new Date())).result).toBe(
      "unknown",
    );
    const code = t.tickets[0]!.code;
    const altered = code.slice(0, -1) + (code.endsWith("x") ? "y" : "x");
    expect((await fulfillment.checkIn(door, t.brand.id, t.event, altered, new Date())).result).toBe(
      "unknown",
    );
    expect(await db().ticket.count({ where: { checkedInAt: { not: null }, brandId: t.brand.id } })).toBe(0);
  });

  it("refuses a genuine ticket at another event, and another brand's ticket as unknown", async () => {
    const a = await issuedTickets(1);
    const b = await issuedTickets(1);
    expect(
      (await fulfillment.checkIn(door, a.brand.id, a.event, b.tickets[0]!.code, new Date())).result,
    ).toBe("unknown");
    const otherEventSameBrand = { id: "evt_other", timeZone: "Europe/Berlin" };
    expect(
      (await fulfillment.checkIn(door, a.brand.id, otherEventSameBrand, a.tickets[0]!.code, new Date()))
        .result,
    ).toBe("wrong_event");
  });

  describe("when 50 doors scan the same ticket at the same moment", () => {
    it("answers valid exactly once", async () => {
      const t = await issuedTickets(1);
      const results = await Promise.all(
        Array.from({ length: 50 }, () =>
          fulfillment.checkIn(door, t.brand.id, t.event, t.tickets[0]!.code, new Date()),
        ),
      );
      expect(results.filter((r) => r.result === "valid")).toHaveLength(1);
      expect(results.filter((r) => r.result === "already_checked_in")).toHaveLength(49);
    });
  });
});

describe("undoing a check-in", () => {
  it("lets the ticket in again, once; undoing again or another brand's undo changes nothing", async () => {
    const t = await issuedTickets(1);
    const code = t.tickets[0]!.code;
    const first = await fulfillment.checkIn(door, t.brand.id, t.event, code, new Date());
    expect(first).toMatchObject({ result: "valid", ticketId: t.tickets[0]!.id });
    const other = await organizerWithEvent();
    expect(await fulfillment.undoCheckIn(door, other.brand.id, t.event.id, t.tickets[0]!.id)).toEqual({
      undone: false,
    });
    expect(await fulfillment.undoCheckIn(door, t.brand.id, t.event.id, t.tickets[0]!.id)).toEqual({
      undone: true,
    });
    expect(await fulfillment.undoCheckIn(door, t.brand.id, t.event.id, t.tickets[0]!.id)).toEqual({
      undone: false,
    });
    expect((await fulfillment.checkInCounts(t.brand.id, t.event.id)).checkedIn).toBe(0);
    expect((await fulfillment.checkIn(door, t.brand.id, t.event, code, new Date())).result).toBe("valid");
    expect(
      await db().storedEvent.count({
        where: { type: "TicketCheckInUndone", streamId: `ticket-${t.tickets[0]!.id}` },
      }),
    ).toBe(1);
  });
});
