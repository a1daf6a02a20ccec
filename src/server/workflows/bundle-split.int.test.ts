// Issue 12 item 7: the T-shirt is priced €16 inside the weekend pack, but refunding it paid €18,
// because the pack was split by stand-alone prices (25 : 50). In-bundle prices are the default
// split; stand-alone prices a brand setting; an order keeps the basis it was placed with.
import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/server/platform/db";
import { createVerifiedAccount } from "@/server/platform/accounts";
import * as checkout from "@/server/checkout";
import * as distribution from "@/server/distribution";
import * as fulfillment from "@/server/fulfillment";
import * as offering from "@/server/offering";
import { subscribers } from "@/server/workflows/subscriptions";
import { dispatchUntil } from "@/test/fixtures";
import { createBundle, createProduct, placeOrderFlow, refundOrderItems } from "@/test/edge";

/** The issue's pack: a ticket (€50 alone, €38 inside) and a T-shirt (€25 alone, €16 inside) for €54. */
async function packOfTheIssue() {
  const tag = randomBytes(4).toString("hex");
  const user = await createVerifiedAccount(
    { name: "Hana Harbour", email: `hana-${tag}@example.com`, password: "password-123" },
    new Date(),
  );
  const actor = { kind: "user" as const, id: user.id, label: user.email };
  const brand = await distribution.createBrand(actor, {
    name: `Harbour ${tag}`,
    slug: `harbour-${tag}`,
    primaryColor: "#0f766e",
  });
  const { id: eventId } = await offering.createEvent(actor, brand.id, {
    name: "Harbour Weekender",
    venue: "Pier 4",
    description: "",
    timeZone: "Europe/Berlin",
    startsAt: "2031-03-30T14:00",
    endsAt: "2031-03-31T23:30",
  });
  const { productId: ticketId } = await createProduct(actor, brand, eventId, {
    kind: "ticket",
    name: "Ticket",
    taxRate: 7,
    capacity: 100,
    phases: [{ price: "50" }],
  });
  const { productId: shirtId } = await createProduct(actor, brand, eventId, {
    kind: "merch",
    name: "T-shirt",
    taxRate: 19,
    variants: [{ name: "M", sku: "TEE-M" }],
    stock: [10],
    phases: [{ price: "25" }],
  });
  const shirt = (await offering.studioEvent(brand.id, eventId)).products.find((p) => p.id === shirtId)!;
  const { productId: packId } = await createBundle(actor, brand, eventId, {
    name: "Weekend pack",
    taxRate: 7,
    components: [
      { productId: ticketId, quantity: 1, price: "38" },
      { productId: shirtId, variantId: shirt.variants[0]!.id, quantity: 1, price: "16" },
    ],
    pricing: { mode: "sum", discountKind: "none" },
  });
  await offering.publishEvent(actor, brand.id, eventId, new Date());
  return { actor, brand, eventId, packId };
}
type Pack = Awaited<ReturnType<typeof packOfTheIssue>>;

async function placePack(s: Pack) {
  const { orderId } = await placeOrderFlow({
    brandSlug: s.brand.slug,
    eventId: s.eventId,
    buyer: {
      name: "Fay Fan",
      email: "fay@example.com",
      address: { line1: "Kai 1", postalCode: "20457", city: "Hamburg", country: "Germany" },
    },
    lines: [{ productId: s.packId, quantity: 1 }],
  });
  return orderId;
}

async function pay(orderId: string) {
  const payment = await db().payment.findFirstOrThrow({ where: { orderId } });
  await checkout.confirmPayment(payment.id, "succeeded", new Date(), { kind: "system", label: "test" });
  await dispatchUntil(
    subscribers,
    async () => (await db().fulfillmentItem.count({ where: { orderId } })) > 0,
  );
}

/** Refunds the T-shirt of the order's pack: what goes back to the fan. */
async function refundShirt(s: Pack, orderId: string) {
  const shirt = (await fulfillment.itemsForOrder(s.brand.id, orderId)).find((i) => i.kind === "shipment")!;
  const r = await refundOrderItems(
    s.actor,
    s.brand.id,
    orderId,
    { itemIds: [shirt.id] },
    "organizer",
    new Date(),
  );
  return r.amount;
}

const packLine = async (s: Pack, orderId: string) =>
  (await checkout.orderForBrand(s.brand.id, orderId)).lines.find((l) => l.productId === s.packId)!;

describe("refunding the T-shirt of a pack priced €38 + €16 inside", () => {
  it("pays €16 by default: the brand splits by in-bundle prices", async () => {
    const s = await packOfTheIssue();
    expect(s.brand.bundleSplitBasis).toBe("in_bundle");
    const orderId = await placePack(s);
    await pay(orderId);
    expect(await refundShirt(s, orderId)).toBe(1600);
    const line = await packLine(s, orderId);
    expect(line.allocation.map((a) => a.amount)).toEqual([3800, 1600]);
    expect(line.allocationBasis).toBe("in_bundle");
  });

  it("pays €18 when the brand splits by stand-alone prices (25 : 50)", async () => {
    const s = await packOfTheIssue();
    await distribution.setBundleSplitBasis(s.actor, s.brand.id, "standalone");
    const orderId = await placePack(s);
    await pay(orderId);
    expect(await refundShirt(s, orderId)).toBe(1800);
    expect((await packLine(s, orderId)).allocationBasis).toBe("standalone");
  });

  it("keeps the basis of an order placed before the setting changed, even if it is paid after", async () => {
    const s = await packOfTheIssue();
    const before = await placePack(s);
    await distribution.setBundleSplitBasis(s.actor, s.brand.id, "standalone");
    const after = await placePack(s);
    await pay(before);
    await pay(after);
    expect(await refundShirt(s, before)).toBe(1600);
    expect((await packLine(s, before)).allocationBasis).toBe("in_bundle");
    expect(await refundShirt(s, after)).toBe(1800);
  });

  it("refuses a basis the setting does not offer, in words, and keeps the current one", async () => {
    const s = await packOfTheIssue();
    await expect(distribution.setBundleSplitBasis(s.actor, s.brand.id, "market")).rejects.toMatchObject({
      message: "Choose what bundle prices are split by",
      details: { field: "bundleSplitBasis" },
    });
    expect((await distribution.brandById(s.brand.id)).bundleSplitBasis).toBe("in_bundle");
  });
});
