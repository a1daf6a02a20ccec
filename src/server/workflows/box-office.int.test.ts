import { describe, expect, it } from "vitest";
import { db } from "@/server/platform/db";
import * as checkout from "@/server/checkout";
import { subscribers } from "@/server/workflows/subscriptions";
import { dispatchUntil, organizerWithEvent } from "@/test/fixtures";
import { refusal } from "@/test/domain-error";
import {
  checkoutCart,
  createProduct,
  refundOrderItems,
  sellAtBoxOffice,
  setRefundPolicy,
  updateCart,
} from "@/test/edge";

const walkUp = { name: "Wanda Walkup", email: "wanda@example.com" };

describe("the box office", () => {
  it("sells through the same checkout, paid at once, channel box office; tickets are issued and e-mailed", async () => {
    const f = await organizerWithEvent({ capacity: 5, price: 20 });
    const sale = await sellAtBoxOffice(f.actor, {
      brandSlug: f.brand.slug,
      eventId: f.event.id,
      lines: [{ productId: f.productId, quantity: 2 }],
      buyer: walkUp,
      method: "cash",
    });
    expect(sale).toMatchObject({ total: 4000, currency: "EUR" });
    const order = await db().order.findUniqueOrThrow({
      where: { id: sale.orderId },
      include: { payments: true },
    });
    expect(order).toMatchObject({ channel: "box_office", status: "paid" });
    expect(order.payments).toMatchObject([
      { provider: "box_office:cash", status: "succeeded", amountMinor: 4000 },
    ]);
    await dispatchUntil(
      subscribers,
      async () =>
        (await db().ticket.count({ where: { orderId: sale.orderId } })) === 2 &&
        (await db().mailMessage.count({ where: { to: walkUp.email } })) === 1,
    );
    // The units came out of the same pool as the shop's.
    await expect(
      updateCart(null, {
        brandSlug: f.brand.slug,
        eventId: f.event.id,
        lines: [{ productId: f.productId, quantity: 4 }],
      }),
    ).rejects.toMatchObject({ code: "SoldOut" });
  });

  it("a refund of a box-office sale is settled over the counter, without the payment provider", async () => {
    const f = await organizerWithEvent({ price: 20 });
    const sale = await sellAtBoxOffice(f.actor, {
      brandSlug: f.brand.slug,
      eventId: f.event.id,
      lines: [{ productId: f.productId, quantity: 1 }],
      buyer: walkUp,
      method: "card",
    });
    await dispatchUntil(
      subscribers,
      async () => (await db().fulfillmentItem.count({ where: { orderId: sale.orderId } })) === 1,
    );
    const item = await db().fulfillmentItem.findFirstOrThrow({ where: { orderId: sale.orderId } });
    const r = await refundOrderItems(
      f.actor,
      f.brand.id,
      sale.orderId,
      { itemIds: [item.id], reason: "changed their mind" },
      "organizer",
      new Date(),
    );
    expect(r).toMatchObject({ amount: 2000, settled: true });
    expect(await db().refund.findFirstOrThrow({ where: { orderId: sale.orderId } })).toMatchObject({
      status: "succeeded",
      providerRef: "box_office:card:refund",
    });
  });

  it("a fan cannot refund a box-office sale online, even where the policy lets fans refund", async () => {
    const f = await organizerWithEvent({ price: 20 });
    await setRefundPolicy(f.brand.id, {
      fanRefunds: true,
      cutoffHours: "0",
      feePercent: "0",
      feeFixed: "0",
    });
    const sale = await sellAtBoxOffice(f.actor, {
      brandSlug: f.brand.slug,
      eventId: f.event.id,
      lines: [{ productId: f.productId, quantity: 1 }],
      buyer: walkUp,
      method: "cash",
    });
    await dispatchUntil(
      subscribers,
      async () => (await db().fulfillmentItem.count({ where: { orderId: sale.orderId } })) === 1,
    );
    const item = await db().fulfillmentItem.findFirstOrThrow({ where: { orderId: sale.orderId } });
    expect(
      await refusal(
        refundOrderItems(
          { kind: "fan", label: `fan:${walkUp.email}` },
          f.brand.id,
          sale.orderId,
          { itemIds: [item.id] },
          "fan",
          new Date(),
        ),
      ),
    ).toEqual({
      code: "Conflict",
      message: "This order was paid at the box office: ask there for a refund.",
    });
    expect(await db().refund.count({ where: { orderId: sale.orderId } })).toBe(0);
  });

  it("refuses without a payment method or a buyer, and changes nothing", async () => {
    const f = await organizerWithEvent();
    expect(
      await refusal(
        sellAtBoxOffice(f.actor, {
          brandSlug: f.brand.slug,
          eventId: f.event.id,
          lines: [{ productId: f.productId, quantity: 1 }],
          buyer: walkUp,
        }),
      ),
    ).toEqual({ code: "Invalid", message: "Choose how they paid: cash or card" });
    expect(
      await refusal(
        sellAtBoxOffice(f.actor, {
          brandSlug: f.brand.slug,
          eventId: f.event.id,
          lines: [{ productId: f.productId, quantity: 1 }],
          buyer: { name: "", email: "x@example.com" },
          method: "cash",
        }),
      ),
    ).toMatchObject({ code: "Invalid" });
    expect(await db().order.count({ where: { brandId: f.brand.id } })).toBe(0);
  });

  it("products limited to a channel are sold only there, and Studio sees sales per channel", async () => {
    const f = await organizerWithEvent({ capacity: 20, price: 10 });
    const { productId: doorOnly } = await createProduct(f.actor, f.brand, f.event.id, {
      kind: "ticket",
      name: "Door ticket",
      taxRate: 0,
      capacity: 10,
      channels: ["box_office"],
      phases: [{ price: "15" }],
    });
    expect(
      await refusal(
        updateCart(null, {
          brandSlug: f.brand.slug,
          eventId: f.event.id,
          lines: [{ productId: doorOnly, quantity: 1 }],
        }),
      ),
    ).toEqual({ code: "Invalid", message: "Door ticket is not sold here." });
    await sellAtBoxOffice(f.actor, {
      brandSlug: f.brand.slug,
      eventId: f.event.id,
      lines: [{ productId: doorOnly, quantity: 1 }],
      buyer: walkUp,
      method: "cash",
    });
    // And one online order, paid.
    const cart = await updateCart(null, {
      brandSlug: f.brand.slug,
      eventId: f.event.id,
      lines: [{ productId: f.productId, quantity: 2 }],
    });
    const placed = await checkoutCart(cart.cartId, {
      brandSlug: f.brand.slug,
      buyer: { name: "Olli Online", email: "olli@example.com" },
    });
    const payment = await db().payment.findFirstOrThrow({ where: { orderId: placed.orderId } });
    await checkout.confirmPayment(payment.id, "succeeded", new Date(), { kind: "system", label: "test" });
    expect(await checkout.salesByChannel(f.brand.id)).toEqual([
      { channel: "shop", orders: 1, revenueMinor: 2000, currency: "EUR" },
      { channel: "box_office", orders: 1, revenueMinor: 1500, currency: "EUR" },
    ]);
  });
});
