// A payment that arrives after its hold ended: take the units if they are still free; if they
// are gone, refund in full and tell the fan — never oversell, never keep money for nothing.
import { describe, it, expect } from "vitest";
import { db } from "@/server/platform/db";
import * as checkout from "@/server/checkout";
import * as inventory from "@/server/inventory";
import { subscribers } from "./subscriptions";
import { organizerWithEvent, buyer, dispatchUntil } from "@/test/fixtures";
import { placeOrderFlow } from "@/test/edge";

const system = { kind: "system" as const, label: "test" };

async function expireHoldOf(orderId: string) {
  const order = await db().order.findUniqueOrThrow({ where: { id: orderId } });
  await db().hold.update({ where: { id: order.holdId }, data: { expiresAt: new Date(Date.now() - 1000) } });
  await inventory.expireHold(order.holdId, new Date());
  return order;
}

async function pay(orderId: string) {
  const payment = await db().payment.findFirstOrThrow({ where: { orderId } });
  return checkout.confirmPayment(payment.id, "succeeded", new Date(), system);
}

describe("when the payment arrives after the hold expired", () => {
  it("takes the units again if they are still free, and delivers", async () => {
    const f = await organizerWithEvent({ capacity: 2 });
    const late = await placeOrderFlow({
      brandSlug: f.brand.slug,
      eventId: f.event.id,
      buyer: buyer(1),
      lines: [{ productId: f.productId, quantity: 2 }],
    });
    await expireHoldOf(late.orderId);
    await dispatchUntil(
      subscribers,
      async () => (await db().order.findUniqueOrThrow({ where: { id: late.orderId } })).status === "expired",
    );

    await pay(late.orderId);
    await dispatchUntil(
      subscribers,
      async () => (await db().ticket.count({ where: { orderId: late.orderId } })) === 2,
    );
    expect((await db().order.findUniqueOrThrow({ where: { id: late.orderId } })).status).toBe("fulfilled");
    expect((await db().pool.findFirstOrThrow({ where: { brandId: f.brand.id } })).sold).toBe(2);
  });

  it("refunds in full and tells the fan when the units were sold meanwhile — nothing oversold", async () => {
    const f = await organizerWithEvent({ capacity: 1 });
    const late = await placeOrderFlow({
      brandSlug: f.brand.slug,
      eventId: f.event.id,
      buyer: buyer(1),
      lines: [{ productId: f.productId, quantity: 1 }],
    });
    await expireHoldOf(late.orderId);
    const other = await placeOrderFlow({
      brandSlug: f.brand.slug,
      eventId: f.event.id,
      buyer: buyer(2),
      lines: [{ productId: f.productId, quantity: 1 }],
    });
    await pay(other.orderId);

    await pay(late.orderId);
    await dispatchUntil(
      subscribers,
      async () =>
        (await db().mailMessage.count({
          where: { brandId: f.brand.id, subject: { contains: "was refunded" } },
        })) === 1 && (await db().ticket.count({ where: { orderId: other.orderId } })) === 1,
    );
    const order = await db().order.findUniqueOrThrow({
      where: { id: late.orderId },
      include: { payments: true },
    });
    expect(order.status).toBe("refunded");
    expect(order.payments[0]!.refundedMinor).toBe(order.totalMinor);
    expect(await db().ticket.count({ where: { orderId: late.orderId } })).toBe(0);
    expect((await db().pool.findFirstOrThrow({ where: { brandId: f.brand.id } })).sold).toBe(1);
    const mail = await db().mailMessage.findFirstOrThrow({
      where: { brandId: f.brand.id, subject: { contains: "was refunded" } },
    });
    expect(mail.to).toBe("fan1@example.com");
    expect(mail.text).toContain("refunded the full €20.00");

    // Delivered again, OrderPaid refunds nothing twice.
    const orderPaid = await db().storedEvent.count({
      where: { streamId: `order-${late.orderId}`, type: "OrderRefunded" },
    });
    expect(orderPaid).toBe(1);
  });
});
