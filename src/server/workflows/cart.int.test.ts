// The cart as a fan uses it: each change re-holds all or nothing; checkout takes the hold over;
// a declined payment gives the hold back to the cart; an ended hold is refused at checkout.
import { refusal } from "@/test/domain-error";
import { describe, it, expect } from "vitest";
import { db } from "@/server/platform/db";
import * as checkout from "@/server/checkout";
import { viewCart } from "./cart-flow";
import { subscribers } from "./subscriptions";
import { organizerWithEvent, buyer, dispatchUntil, ticketsLeft as left } from "@/test/fixtures";
import { checkoutCart, updateCart } from "@/test/edge";

const system = { kind: "system" as const, label: "test" };

describe("a fan's cart", () => {
  it("holds its lines, and a change re-holds them in place of the old hold", async () => {
    const f = await organizerWithEvent({ capacity: 5 });
    const first = await updateCart(null, {
      brandSlug: f.brand.slug,
      eventId: f.event.id,
      lines: [{ productId: f.productId, quantity: 2 }],
    });
    expect(first.state).toBe("held");
    expect(first.quote?.total).toBe(4000);
    expect(await left(f)).toBe(3);
    const second = await updateCart(first.cartId, {
      brandSlug: f.brand.slug,
      eventId: f.event.id,
      lines: [{ productId: f.productId, quantity: 4 }],
    });
    expect(second.cartId).toBe(first.cartId);
    expect(await left(f)).toBe(1);
    expect(await db().hold.count({ where: { brandId: f.brand.id, status: "active" } })).toBe(1);
  });

  it("keeps the previous hold when a change does not fit", async () => {
    const f = await organizerWithEvent({ capacity: 3 });
    const cart = await updateCart(null, {
      brandSlug: f.brand.slug,
      eventId: f.event.id,
      lines: [{ productId: f.productId, quantity: 2 }],
    });
    await updateCart(null, {
      brandSlug: f.brand.slug,
      eventId: f.event.id,
      lines: [{ productId: f.productId, quantity: 1 }],
    }); // someone else
    expect(
      await refusal(
        updateCart(cart.cartId, {
          brandSlug: f.brand.slug,
          eventId: f.event.id,
          lines: [{ productId: f.productId, quantity: 3 }],
        }),
      ),
    ).toEqual({ code: "SoldOut", message: "Only 2 General are left." });
    const view = await viewCart(cart.cartId, f.brand.slug);
    expect(view).toMatchObject({ state: "held", lines: [{ productId: f.productId, quantity: 2 }] });
    expect(await left(f)).toBe(0);
  });

  it("is checked out into a pending order that takes its hold over, and a paid order empties it", async () => {
    const f = await organizerWithEvent({ capacity: 5 });
    const cart = await updateCart(null, {
      brandSlug: f.brand.slug,
      eventId: f.event.id,
      lines: [{ productId: f.productId, quantity: 2 }],
    });
    const placed = await checkoutCart(cart.cartId, { brandSlug: f.brand.slug, buyer: buyer() });
    expect(placed.redirectUrl).toMatch(/^\/pay\/test\//);
    const order = await db().order.findUniqueOrThrow({ where: { id: placed.orderId } });
    expect(order).toMatchObject({ status: "pending", totalMinor: 4000 });
    expect((await db().hold.findUniqueOrThrow({ where: { id: order.holdId } })).ownerRef).toBe(
      placed.orderId,
    );
    expect((await viewCart(cart.cartId, f.brand.slug))?.state).toBe("paying");

    const payment = await db().payment.findFirstOrThrow({ where: { orderId: placed.orderId } });
    await checkout.confirmPayment(payment.id, "succeeded", new Date(), system);
    await dispatchUntil(
      subscribers,
      async () => (await viewCart(cart.cartId, f.brand.slug))?.state === "empty",
    );
    expect(await db().ticket.count({ where: { orderId: placed.orderId } })).toBe(2);
  });

  it("gets its hold back when the payment is declined", async () => {
    const f = await organizerWithEvent({ capacity: 5 });
    const cart = await updateCart(null, {
      brandSlug: f.brand.slug,
      eventId: f.event.id,
      lines: [{ productId: f.productId, quantity: 2 }],
    });
    const placed = await checkoutCart(cart.cartId, { brandSlug: f.brand.slug, buyer: buyer() });
    const payment = await db().payment.findFirstOrThrow({ where: { orderId: placed.orderId } });
    await checkout.confirmPayment(payment.id, "failed", new Date(), system);
    await dispatchUntil(subscribers, async () => true);
    expect((await viewCart(cart.cartId, f.brand.slug))?.state).toBe("held");
    expect(await left(f)).toBe(3);
    // …and can be checked out again.
    const again = await checkoutCart(cart.cartId, { brandSlug: f.brand.slug, buyer: buyer() });
    expect(again.orderId).not.toBe(placed.orderId);
  });

  it("refuses checkout once its hold has ended, in words", async () => {
    const f = await organizerWithEvent({ capacity: 5 });
    const cart = await updateCart(null, {
      brandSlug: f.brand.slug,
      eventId: f.event.id,
      lines: [{ productId: f.productId, quantity: 1 }],
    });
    await db().hold.updateMany({
      where: { brandId: f.brand.id },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    expect((await viewCart(cart.cartId, f.brand.slug))?.state).toBe("expired");
    expect(await refusal(checkoutCart(cart.cartId, { brandSlug: f.brand.slug, buyer: buyer() }))).toEqual({
      code: "HoldExpired",
      message: "Your reservation ended. Hold your tickets again to continue.",
    });
    expect(await db().order.count({ where: { brandId: f.brand.id } })).toBe(0);
  });
});
