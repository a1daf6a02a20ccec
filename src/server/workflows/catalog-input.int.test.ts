// Bad input in Studio and the shop: each refused with a message placed at its field, and
// nothing saved.
import { describe, it, expect } from "vitest";
import { db } from "@/server/platform/db";
import { isDomainError } from "@/server/platform/errors";
import * as pricing from "@/server/pricing";
import * as offering from "@/server/offering";
import { eventOffer, priceCart, saleEvent } from "@/server/workflows";
import { organizerWithEvent, buyer } from "@/test/fixtures";
import { changeBundle, createBundle, createPoolWithDraws, createProduct, placeOrderFlow } from "@/test/edge";

/** Every problem a refusal reports, field by field. */
async function problems(p: Promise<unknown>) {
  try {
    await p;
  } catch (e) {
    if (isDomainError(e)) return e.details.fields ?? { [String(e.details.field)]: e.message };
    throw e;
  }
  throw new Error("expected a refusal");
}

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

describe("a ticket's supply", () => {
  it("refuses a ticket with neither a capacity nor a shared pool at the Capacity field, saving nothing", async () => {
    const f = await organizerWithEvent();
    const before = await saved();
    const r = await refusal(
      createProduct(f.actor, f.brand, f.event.id, {
        kind: "ticket",
        name: "Parking",
        taxRate: 7,
        capacity: "",
        phases: [{ price: "5" }],
      }),
    );
    expect(r).toMatchObject({ code: "Invalid", field: "capacity" });
    expect(r.message).toMatch(/^Enter a capacity, or choose a shared pool/);
    expect(await saved()).toEqual(before);
  });

  it("puts a ticket that draws from a shared pool the organizer picked on sale, not sold out", async () => {
    const f = await organizerWithEvent();
    const { poolId } = await createPoolWithDraws(f.actor, f.brand.id, { name: "Car park", capacity: 40 }, []);
    const { productId } = await createProduct(f.actor, f.brand, f.event.id, {
      kind: "ticket",
      name: "Parking",
      taxRate: 7,
      poolId,
      phases: [{ price: "5" }],
    });
    const offer = await eventOffer(f.brand, await saleEvent(f.brand.id, f.event.id), new Date());
    expect(offer.find((i) => i.id === productId)).toMatchObject({ onSale: true, available: 40 });
  });

  it("refuses another brand's pool at the pool field", async () => {
    const f = await organizerWithEvent();
    const other = await organizerWithEvent();
    const { poolId } = await createPoolWithDraws(
      other.actor,
      other.brand.id,
      { name: "Theirs", capacity: 9 },
      [],
    );
    const before = await saved();
    expect(
      await problems(
        createProduct(f.actor, f.brand, f.event.id, {
          kind: "ticket",
          name: "Parking",
          taxRate: 7,
          poolId,
          phases: [{ price: "5" }],
        }),
      ),
    ).toEqual({ poolId: "Choose one of this brand's pools" });
    expect(await saved()).toEqual(before);
  });
});

describe("a merch form", () => {
  it("reports every problem at once — fields, stock and price — each at its field", async () => {
    const f = await organizerWithEvent();
    const before = await saved();
    expect(
      await problems(
        createProduct(f.actor, f.brand, f.event.id, {
          kind: "merch",
          name: "",
          taxRate: 19,
          variants: [
            { name: "", sku: "", stock: "5" },
            { name: "M", sku: "", stock: "" },
          ],
          phases: [{ price: "-1" }],
        }),
      ),
    ).toEqual({
      name: "Name the product",
      "variants.0.name": "Name the variant",
      "variants.1.stock": "Enter the stock of M",
      "phases.0.price": "A price cannot be negative",
    });
    expect(await saved()).toEqual(before);
  });

  it("makes a SKU for each variant left without one", async () => {
    const f = await organizerWithEvent();
    const { productId } = await createProduct(f.actor, f.brand, f.event.id, {
      kind: "merch",
      name: "Tour shirt",
      taxRate: 19,
      variants: [
        { name: "S", sku: "", stock: "5" },
        { name: "M", sku: "MY-M", stock: "5" },
      ],
      phases: [{ price: "25" }],
    });
    const shirt = (await offering.studioEvent(f.brand.id, f.event.id)).products.find(
      (p) => p.id === productId,
    )!;
    expect(shirt.variants.map((v) => v.sku)).toEqual(["TOUR-SHIRT-S", "MY-M"]);
  });
});

describe("a bundle's choice of sizes", () => {
  async function withShirt() {
    const f = await organizerWithEvent({ capacity: 50 });
    const { productId: shirtId } = await createProduct(f.actor, f.brand, f.event.id, {
      kind: "merch",
      name: "T-shirt",
      taxRate: 19,
      variants: ["S", "M", "L"].map((name) => ({ name, sku: "", stock: "5" })),
      phases: [{ price: "25" }],
    });
    const shirt = (await offering.studioEvent(f.brand.id, f.event.id)).products.find(
      (p) => p.id === shirtId,
    )!;
    const [s, m, l] = shirt.variants.map((v) => v.id) as [string, string, string];
    return { ...f, shirtId, sizes: { s, m, l } };
  }

  /** The bundle's choice as the shop offers it, with what one pack costs for each option. */
  async function choiceOf(f: Awaited<ReturnType<typeof withShirt>>, bundleId: string) {
    const event = await saleEvent(f.brand.id, f.event.id);
    const item = (await eventOffer(f.brand, event, new Date())).find((i) => i.id === bundleId)!;
    const [group] = item.bundle!.groups;
    return Promise.all(
      group!.options.map(async (o) => {
        const selection = { optional: [], choices: { [group!.name]: o.componentId } };
        const priced = await priceCart(
          f.brand,
          event,
          [{ productId: bundleId, quantity: 1, selection }],
          null,
          new Date(),
        );
        return [group!.name, o.label, priced.quote.total];
      }),
    );
  }

  it("offers exactly the sizes ticked in one row, at the row's one in-bundle price", async () => {
    const f = await withShirt();
    const { productId } = await createBundle(f.actor, f.brand, f.event.id, {
      name: "Pack",
      components: [
        { productId: f.productId, quantity: 1 },
        {
          productId: f.shirtId,
          variantIds: [f.sizes.s, f.sizes.l],
          quantity: 1,
          group: "T-shirt size",
          price: "16",
        },
      ],
      pricing: { mode: "sum" },
    });
    // €20 ticket + €16 shirt inside the pack, whichever of the two sizes
    expect(await choiceOf(f, productId)).toEqual([
      ["T-shirt size", "T-shirt (S)", 3600],
      ["T-shirt size", "T-shirt (L)", 3600],
    ]);
  });

  it("changes the ticked sizes and the price of an existing bundle", async () => {
    const f = await withShirt();
    const { productId } = await createBundle(f.actor, f.brand, f.event.id, {
      name: "Pack",
      components: [{ productId: f.shirtId, variantIds: [f.sizes.s, f.sizes.m, f.sizes.l], quantity: 1 }],
    });
    await changeBundle(f.actor, f.brand, f.event.id, productId, {
      components: [
        { productId: f.shirtId, variantIds: [f.sizes.m, f.sizes.l], quantity: 1, group: "Size", price: "18" },
      ],
      pricing: { mode: "sum" },
    });
    expect(await choiceOf(f, productId)).toEqual([
      ["Size", "T-shirt (M)", 1800],
      ["Size", "T-shirt (L)", 1800],
    ]);
  });

  it("refuses an optional part with several sizes at the row's sizes", async () => {
    const f = await withShirt();
    expect(
      await problems(
        createBundle(f.actor, f.brand, f.event.id, {
          name: "Pack",
          components: [
            { productId: f.productId, quantity: 1 },
            { productId: f.shirtId, variantIds: [f.sizes.s, f.sizes.m], quantity: 1, optional: true },
          ],
        }),
      ),
    ).toMatchObject({ "components.1.variantIds": expect.stringMatching(/optional part is one size/) });
  });
});
