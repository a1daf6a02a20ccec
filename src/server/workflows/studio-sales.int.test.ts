// Issue 12 items 5 and 8: the Studio's figures for orders. The orders list counts the tickets
// inside bundles; the brand page's per-event and per-channel sales come from one read of the paid
// orders, so right after a sale (before any projection ran) they already agree.
import { describe, expect, it } from "vitest";
import { db } from "@/server/platform/db";
import * as checkout from "@/server/checkout";
import * as fulfillment from "@/server/fulfillment";
import { subscribers } from "@/server/workflows/subscriptions";
import { dispatchUntil, sharedPoolSetup, weekendPackSetup } from "@/test/fixtures";
import { placeOrderFlow, refundOrderItems } from "@/test/edge";

const system = { kind: "system" as const, label: "test" };

async function pay(orderId: string) {
  const payment = await db().payment.findFirstOrThrow({ where: { orderId } });
  await checkout.confirmPayment(payment.id, "succeeded", new Date(), system);
}

describe("the orders list", () => {
  it("counts the tickets inside a bundle as tickets", async () => {
    const s = await sharedPoolSetup();
    const placed = await placeOrderFlow({
      brandSlug: s.brand.slug,
      eventId: s.event.id,
      buyer: { name: "Fay Fan", email: "fay@example.com" },
      lines: [
        { productId: s.bundleId, quantity: 2 },
        { productId: s.ticketId, quantity: 1 },
      ],
    });
    const [row] = await checkout.ordersOf({ brandId: s.brand.id, limit: 10 });
    expect(row).toMatchObject({ id: placed.orderId, status: "pending", tickets: 5 }); // 2 duo packs + 1
  });

  it("counts a weekend pack as its two day tickets, not its T-shirt", async () => {
    const s = await weekendPackSetup();
    await placeOrderFlow({
      brandSlug: s.brand.slug,
      eventId: s.event.id,
      buyer: {
        name: "Fay Fan",
        email: "fay@example.com",
        address: { line1: "Seestraße 1", postalCode: "10115", city: "Berlin", country: "Germany" },
      },
      lines: [s.packWithM],
    });
    expect((await checkout.ordersOf({ brandId: s.brand.id, limit: 10 })).map((o) => o.tickets)).toEqual([2]);
  });
});

describe("the brand page's sales", () => {
  it("agree per event and per channel the moment an order is paid, before the dispatcher ran", async () => {
    const s = await sharedPoolSetup();
    const placed = await placeOrderFlow({
      brandSlug: s.brand.slug,
      eventId: s.event.id,
      buyer: { name: "Fay Fan", email: "fay@example.com" },
      lines: [{ productId: s.bundleId, quantity: 1 }],
    });
    expect(await checkout.salesOverview(s.brand.id)).toEqual({ byEvent: {}, byChannel: [] });
    await pay(placed.orderId);

    const { byEvent, byChannel } = await checkout.salesOverview(s.brand.id);
    // The duo pack: 2 × €30 less 10 % = €54.
    expect(byEvent).toEqual({ [s.event.id]: { orders: 1, tickets: 2, revenue: 5400, currency: "EUR" } });
    expect(byChannel).toEqual([{ channel: "shop", orders: 1, revenueMinor: 5400, currency: "EUR" }]);
  });

  it("both count revenue after refunds", async () => {
    const s = await weekendPackSetup();
    const placed = await placeOrderFlow({
      brandSlug: s.brand.slug,
      eventId: s.event.id,
      buyer: {
        name: "Fay Fan",
        email: "fay@example.com",
        address: { line1: "Seestraße 1", postalCode: "10115", city: "Berlin", country: "Germany" },
      },
      lines: [s.packWithM],
    });
    await pay(placed.orderId);
    await dispatchUntil(
      subscribers,
      async () => (await db().fulfillmentItem.count({ where: { orderId: placed.orderId } })) === 3,
    );
    const shirt = (await fulfillment.itemsForOrder(s.brand.id, placed.orderId)).find(
      (i) => i.kind === "shipment",
    )!;
    const r = await refundOrderItems(
      s.actor,
      s.brand.id,
      placed.orderId,
      { itemIds: [shirt.id] },
      "organizer",
      new Date(),
    );
    const { byEvent, byChannel } = await checkout.salesOverview(s.brand.id);
    const paid = (await db().order.findUniqueOrThrow({ where: { id: placed.orderId } })).totalMinor;
    const kept = paid - r.amount;
    expect(kept).toBeLessThan(paid);
    expect(byEvent[s.event.id]).toEqual({ orders: 1, tickets: 2, revenue: kept, currency: "EUR" });
    expect(byChannel).toEqual([{ channel: "shop", orders: 1, revenueMinor: kept, currency: "EUR" }]);
  });
});
