import { refusal } from "@/test/domain-error";
import { describe, it, expect } from "vitest";
import { db } from "@/server/platform/db";
import { readStream, rebuildProjections, wants } from "@/server/eventlog";
import * as checkout from "@/server/checkout";
import * as fulfillment from "@/server/fulfillment";
import { subscribers, projections } from "./subscriptions";
import { organizerWithEvent, buyer, dispatchUntil, ticketsLeft as left } from "@/test/fixtures";
import { placeOrderFlow } from "@/test/edge";

const system = { kind: "system" as const, label: "test" };

async function counts() {
  const [orders, holds, events, payments] = await Promise.all([
    db().order.count(),
    db().hold.count(),
    db().storedEvent.count(),
    db().payment.count(),
  ]);
  return { orders, holds, events, payments };
}

async function paidOrder(quantity = 2, capacity = 10) {
  const f = await organizerWithEvent({ capacity });
  const placed = await placeOrderFlow({
    brandSlug: f.brand.slug,
    eventId: f.event.id,
    buyer: buyer(),
    lines: [{ productId: f.productId, quantity }],
  });
  const payment = await db().payment.findFirstOrThrow({ where: { orderId: placed.orderId } });
  await checkout.confirmPayment(payment.id, "succeeded", new Date(), system);
  return { ...f, ...placed, paymentId: payment.id };
}

describe("placing an order", () => {
  it("holds the units, records the quote and sends the fan to the test payment page", async () => {
    const f = await organizerWithEvent({ capacity: 5, price: 12.5 });
    const r = await placeOrderFlow({
      brandSlug: f.brand.slug,
      eventId: f.event.id,
      buyer: buyer(),
      lines: [{ productId: f.productId, quantity: 2 }],
    });
    expect(r.redirectUrl).toMatch(/^\/pay\/test\/pay_/);
    const order = await checkout.orderForBrand(f.brand.id, r.orderId);
    expect(order).toMatchObject({
      status: "pending",
      totalMinor: 2500,
      currency: "EUR",
      buyerEmail: "fan1@example.com",
    });
    expect(await left(f)).toBe(3);
  });

  describe("when the input is bad", () => {
    const cases: [string, (f: Awaited<ReturnType<typeof organizerWithEvent>>) => unknown, RegExp][] = [
      [
        "an empty name",
        (f) => ({
          brandSlug: f.brand.slug,
          eventId: f.event.id,
          buyer: { name: " ", email: "a@b.co" },
          lines: [{ productId: f.productId, quantity: 1 }],
        }),
        /Enter your name/,
      ],
      [
        "a malformed e-mail",
        (f) => ({
          brandSlug: f.brand.slug,
          eventId: f.event.id,
          buyer: { name: "A", email: "a@" },
          lines: [{ productId: f.productId, quantity: 1 }],
        }),
        /valid e-mail/,
      ],
      [
        "quantity 0",
        (f) => ({
          brandSlug: f.brand.slug,
          eventId: f.event.id,
          buyer: buyer(),
          lines: [{ productId: f.productId, quantity: 0 }],
        }),
        /at least 1/,
      ],
      [
        "quantity 10,000",
        (f) => ({
          brandSlug: f.brand.slug,
          eventId: f.event.id,
          buyer: buyer(),
          lines: [{ productId: f.productId, quantity: 10000 }],
        }),
        /At most/,
      ],
      [
        "more than the per-order maximum",
        (f) => ({
          brandSlug: f.brand.slug,
          eventId: f.event.id,
          buyer: buyer(),
          lines: [{ productId: f.productId, quantity: 11 }],
        }),
        /at most 10 General per order/,
      ],
      [
        "an unknown event",
        (f) => ({
          brandSlug: f.brand.slug,
          eventId: "evt_nope",
          buyer: buyer(),
          lines: [{ productId: f.productId, quantity: 1 }],
        }),
        /not on sale/,
      ],
      [
        "an unknown brand",
        (f) => ({
          brandSlug: "no-such-brand",
          eventId: f.event.id,
          buyer: buyer(),
          lines: [{ productId: f.productId, quantity: 1 }],
        }),
        /no shop/,
      ],
      [
        "a product of another event",
        (f) => ({
          brandSlug: f.brand.slug,
          eventId: f.event.id,
          buyer: buyer(),
          lines: [{ productId: "prd_other", quantity: 1 }],
        }),
        /not sold at this event/,
      ],
    ];
    for (const [what, input, message] of cases) {
      it(`refuses ${what} with a clear message and changes nothing`, async () => {
        const f = await organizerWithEvent();
        const before = await counts();
        const r = await refusal(placeOrderFlow(input(f)));
        expect(["Invalid", "NotFound"]).toContain(r.code);
        expect(r.message).toMatch(message);
        expect(await counts()).toEqual(before);
      });
    }

    it("refuses an unpublished event as not found", async () => {
      const f = await organizerWithEvent({ publish: false });
      const r = await refusal(
        placeOrderFlow({
          brandSlug: f.brand.slug,
          eventId: f.event.id,
          buyer: buyer(),
          lines: [{ productId: f.productId, quantity: 1 }],
        }),
      );
      expect(r).toEqual({ code: "NotFound", message: "This event is not on sale here." });
    });
  });

  describe("when the fan asks for more than remains", () => {
    it("refuses with SoldOut naming how many are left, and holds nothing", async () => {
      const f = await organizerWithEvent({ capacity: 3 });
      await placeOrderFlow({
        brandSlug: f.brand.slug,
        eventId: f.event.id,
        buyer: buyer(1),
        lines: [{ productId: f.productId, quantity: 2 }],
      });
      const before = await counts();
      const r = await refusal(
        placeOrderFlow({
          brandSlug: f.brand.slug,
          eventId: f.event.id,
          buyer: buyer(2),
          lines: [{ productId: f.productId, quantity: 2 }],
        }),
      );
      expect(r).toEqual({ code: "SoldOut", message: "Only 1 General is left." });
      expect(await counts()).toEqual(before);
    });
  });

  describe("when twenty fans race for the last two units", () => {
    it("sells exactly two and tells everyone else it is sold out", async () => {
      const f = await organizerWithEvent({ capacity: 2 });
      const results = await Promise.allSettled(
        Array.from({ length: 20 }, (_, i) =>
          placeOrderFlow({
            brandSlug: f.brand.slug,
            eventId: f.event.id,
            buyer: buyer(i),
            lines: [{ productId: f.productId, quantity: 1 }],
          }),
        ),
      );
      expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(2);
      for (const r of results)
        if (r.status === "rejected") expect((r.reason as Error).message).toBe("General is sold out.");
      expect(await left(f)).toBe(0);
    });
  });
});

describe("paying", () => {
  it("is idempotent: the webhook and the return page confirming both leave one OrderPaid", async () => {
    const o = await paidOrder();
    await checkout.confirmPayment(o.paymentId, "succeeded", new Date(), system);
    const paid = await db().storedEvent.count({
      where: { streamId: `order-${o.orderId}`, type: "OrderPaid" },
    });
    expect(paid).toBe(1);
  });

  it("turns the hold into sold units, issues one ticket per admission, fulfils the order and queues one e-mail", async () => {
    const o = await paidOrder(2, 5);
    await dispatchUntil(
      subscribers,
      async () => (await db().mailMessage.count({ where: { brandId: o.brand.id } })) > 0,
    );
    const tickets = await fulfillment.ticketsForOrder(o.brand.id, o.orderId);
    expect(tickets).toHaveLength(2);
    expect(new Set(tickets.map((t) => t.code)).size).toBe(2);
    expect((await checkout.orderForBrand(o.brand.id, o.orderId)).status).toBe("fulfilled");
    const pool = await db().pool.findFirstOrThrow({ where: { brandId: o.brand.id } });
    expect(pool.sold).toBe(2);
    expect(await left(o)).toBe(3);
    const mails = await db().mailMessage.findMany({ where: { brandId: o.brand.id } });
    expect(mails).toHaveLength(1);
    expect(mails[0]!.subject).toContain("Your tickets for Test Night");
    expect(mails[0]!.html).toContain(`/orders/${o.orderId}?key=`);
  });

  describe("when OrderPaid is delivered three times", () => {
    it("issues the tickets once and sells the units once", async () => {
      const o = await paidOrder(3, 10);
      const orderPaid = (await readStream(`order-${o.orderId}`)).find((e) => e.type === "OrderPaid")!;
      for (let i = 0; i < 3; i++)
        for (const s of subscribers.filter((s) => wants(s, "OrderPaid"))) await s.handle(orderPaid);
      expect(await db().ticket.count({ where: { orderId: o.orderId } })).toBe(3);
      expect((await db().pool.findFirstOrThrow({ where: { brandId: o.brand.id } })).sold).toBe(3);
      expect(await db().storedEvent.count({ where: { streamId: `tickets-${o.orderId}` } })).toBe(1);
    });
  });
});

describe("projections", () => {
  it("rebuilt from the log equal the live read models", async () => {
    const a = await paidOrder(2);
    const b = await paidOrder(1);
    await dispatchUntil(
      subscribers,
      async () =>
        (await db().mailMessage.count({ where: { brandId: { in: [a.brand.id, b.brand.id] } } })) === 2,
    );
    const snapshot = async () => ({
      audit: await db().auditEntry.findMany({ orderBy: { position: "asc" } }),
      sales: await db().eventSales.findMany({ orderBy: { eventId: "asc" } }),
    });
    const live = await snapshot();
    expect(live.audit.length).toBeGreaterThan(10);
    const mine = live.sales.filter((s) => s.brandId === a.brand.id || s.brandId === b.brand.id);
    expect(mine.map((s) => [s.ticketsSold, s.revenueMinor]).sort()).toEqual([
      [1, 2000],
      [2, 4000],
    ]);
    await rebuildProjections(projections);
    expect(await snapshot()).toEqual(live);
  });
});

describe("when the payment is declined", () => {
  it("cancels the order and gives the held units back", async () => {
    const f = await organizerWithEvent({ capacity: 4 });
    const placed = await placeOrderFlow({
      brandSlug: f.brand.slug,
      eventId: f.event.id,
      buyer: buyer(),
      lines: [{ productId: f.productId, quantity: 3 }],
    });
    expect(await left(f)).toBe(1);
    const payment = await db().payment.findFirstOrThrow({ where: { orderId: placed.orderId } });
    expect(await checkout.confirmPayment(payment.id, "failed", new Date(), system)).toEqual({
      orderId: placed.orderId,
      status: "cancelled",
    });
    await dispatchUntil(
      subscribers,
      async () =>
        (await db().hold.findFirst({ where: { brandId: f.brand.id, status: "released" } })) !== null,
    );
    expect(await left(f)).toBe(4);
    // Paying the same payment afterwards changes nothing: it was settled as failed.
    await checkout.confirmPayment(payment.id, "succeeded", new Date(), system);
    expect((await checkout.orderForBrand(f.brand.id, placed.orderId)).status).toBe("cancelled");
  });
});

describe("when an organizer cancels a pending order", () => {
  it("ends its payment, releases its hold, and refuses to cancel it twice", async () => {
    const f = await organizerWithEvent({ capacity: 3 });
    const placed = await placeOrderFlow({
      brandSlug: f.brand.slug,
      eventId: f.event.id,
      buyer: buyer(),
      lines: [{ productId: f.productId, quantity: 3 }],
    });
    expect(await left(f)).toBe(0);
    await checkout.cancelOrder(f.actor, f.brand.id, placed.orderId, new Date());
    await dispatchUntil(subscribers, async () => (await left(f)) === 3);
    const order = await db().order.findUniqueOrThrow({
      where: { id: placed.orderId },
      include: { payments: true },
    });
    expect(order.status).toBe("cancelled");
    expect(order.payments[0]!.status).toBe("expired");
    await expect(checkout.cancelOrder(f.actor, f.brand.id, placed.orderId, new Date())).rejects.toThrow(
      "Only a pending order can be cancelled; this one is cancelled.",
    );
  });
});
