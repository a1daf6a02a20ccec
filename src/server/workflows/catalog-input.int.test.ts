// Bad input in Studio and the shop: each refused with a message placed at its field, and
// nothing saved.
import { describe, it, expect } from "vitest";
import { db } from "@/server/platform/db";
import { isDomainError } from "@/server/platform/errors";
import * as pricing from "@/server/pricing";
import {
  changeBundle,
  createBundle,
  createPoolWithDraws,
  createProduct,
  placeOrderFlow,
} from "@/server/workflows";
import { organizerWithEvent, buyer } from "@/test/fixtures";

async function refusal(p: Promise<unknown>) {
  try {
    await p;
  } catch (e) {
    if (isDomainError(e)) return { code: e.code, message: e.message, field: e.details.field };
    throw e;
  }
  throw new Error("expected a refusal");
}

async function saved() {
  const [products, pools, phases, promos, components, events, orders] = await Promise.all([
    db().product.count(),
    db().pool.count(),
    db().pricePhase.count(),
    db().promoCode.count(),
    db().bundleComponent.count(),
    db().storedEvent.count(),
    db().order.count(),
  ]);
  return { products, pools, phases, promos, components, events, orders };
}

describe("bad catalog input", () => {
  it("refuses a negative capacity at the capacity field", async () => {
    const f = await organizerWithEvent();
    const before = await saved();
    expect(
      await refusal(
        createProduct(f.actor, f.brand, f.event.id, {
          kind: "ticket",
          name: "VIP",
          taxRate: 7,
          capacity: -5,
          phases: [{ price: "50" }],
        }),
      ),
    ).toEqual({ code: "Invalid", message: "Capacity cannot be negative", field: "capacity" });
    expect(await refusal(createPoolWithDraws(f.actor, f.brand.id, { name: "GA", capacity: -1 }, []))).toEqual(
      { code: "Invalid", message: "Capacity cannot be negative", field: "capacity" },
    );
    expect(await saved()).toEqual(before);
  });

  it("refuses overlapping price phases at the phase that overlaps", async () => {
    const f = await organizerWithEvent();
    const before = await saved();
    const r = await refusal(
      createProduct(f.actor, f.brand, f.event.id, {
        kind: "ticket",
        name: "Day",
        taxRate: 7,
        capacity: 10,
        phases: [
          { name: "Early", price: "20", endsAt: "2030-03-01T00:00" },
          { name: "Late", price: "30", endsAt: "2030-02-01T00:00" },
          { name: "Door", price: "40" },
        ],
      }),
    );
    expect(r).toMatchObject({ code: "Invalid", field: "phases.1.endsAt" });
    expect(r.message).toMatch(/overlap/i);
    expect(await saved()).toEqual(before);
  });

  it("refuses a bundle that would contain itself, directly or through another bundle", async () => {
    const f = await organizerWithEvent();
    const inner = await createBundle(f.actor, f.brand, f.event.id, {
      name: "Inner",
      taxRate: 7,
      components: [{ productId: f.productId, quantity: 1 }],
    });
    const outer = await createBundle(f.actor, f.brand, f.event.id, {
      name: "Outer",
      taxRate: 7,
      components: [{ productId: inner.productId, quantity: 1 }],
    });
    const before = await saved();
    expect(
      await refusal(
        changeBundle(f.actor, f.brand, f.event.id, inner.productId, {
          components: [{ productId: inner.productId, quantity: 1 }],
        }),
      ),
    ).toEqual({ code: "Invalid", message: "A bundle cannot contain itself", field: "components.0" });
    expect(
      await refusal(
        changeBundle(f.actor, f.brand, f.event.id, inner.productId, {
          components: [
            { productId: f.productId, quantity: 1 },
            { productId: outer.productId, quantity: 1 },
          ],
        }),
      ),
    ).toEqual({ code: "Invalid", message: "A bundle cannot contain itself", field: "components.1" });
    expect(await saved()).toEqual(before);
  });

  it("refuses a bundle whose components can never be available together", async () => {
    const f = await organizerWithEvent({ capacity: 2 });
    const before = await saved();
    expect(
      await refusal(
        createBundle(f.actor, f.brand, f.event.id, {
          name: "Trio",
          taxRate: 7,
          components: [{ productId: f.productId, quantity: 3 }],
        }),
      ),
    ).toMatchObject({
      code: "Invalid",
      field: "components",
      message: "These components can never be available together: General holds 2.",
    });
    expect(await saved()).toEqual(before);
  });

  it("refuses a promo code of -10 % at its value", async () => {
    const f = await organizerWithEvent();
    const before = await saved();
    expect(
      await refusal(
        pricing.createPromo(
          f.actor,
          f.brand.id,
          { code: "MINUS10", kind: "percent", value: "-10", scope: "cart", eventId: f.event.id },
          { productIds: new Set(), eventIds: new Set([f.event.id]) },
        ),
      ),
    ).toEqual({ code: "Invalid", message: "A discount cannot be negative", field: "value" });
    expect(await saved()).toEqual(before);
  });

  it("refuses a quantity above the maximum at the line's quantity", async () => {
    const f = await organizerWithEvent();
    const before = await saved();
    expect(
      await refusal(
        placeOrderFlow({
          brandSlug: f.brand.slug,
          eventId: f.event.id,
          buyer: buyer(),
          lines: [{ productId: f.productId, quantity: 11 }],
        }),
      ),
    ).toEqual({
      code: "Invalid",
      message: "You can buy at most 10 General per order.",
      field: "lines.0.quantity",
    });
    expect(await saved()).toEqual(before);
  });
});

describe("a held cart's quote", () => {
  it("keeps the early-bird price it was placed with, though the phase ends before payment", async () => {
    const f = await organizerWithEvent({ capacity: 10 });
    const { productId } = await createProduct(f.actor, f.brand, f.event.id, {
      kind: "ticket",
      name: "Early",
      taxRate: 0,
      capacity: 10,
      phases: [
        { name: "Early bird", price: "10", endsAfterSold: "2" },
        { name: "Regular", price: "20" },
      ],
    });
    const first = await placeOrderFlow({
      brandSlug: f.brand.slug,
      eventId: f.event.id,
      buyer: buyer(1),
      lines: [{ productId, quantity: 2 }],
    });
    const second = await placeOrderFlow({
      brandSlug: f.brand.slug,
      eventId: f.event.id,
      buyer: buyer(2),
      lines: [{ productId, quantity: 1 }],
    });
    const [a, b] = await Promise.all([
      db().order.findUniqueOrThrow({ where: { id: first.orderId } }),
      db().order.findUniqueOrThrow({ where: { id: second.orderId } }),
    ]);
    expect(a.totalMinor).toBe(2000);
    expect(b.totalMinor).toBe(2000);
    const payment = await db().payment.findFirstOrThrow({ where: { orderId: first.orderId } });
    const { confirmPayment } = await import("@/server/checkout");
    await confirmPayment(payment.id, "succeeded", new Date(), { kind: "system", label: "test" });
    expect((await db().order.findUniqueOrThrow({ where: { id: first.orderId } })).totalMinor).toBe(2000);
  });
});
