// Issue 12 item 2: a code made on "Harbour Weekender" was listed under "Probe night" of the same
// brand, and could be redeemed there. A code belongs to the event it is made on unless the
// organizer widens it to chosen events or to the whole brand.
import { describe, expect, it } from "vitest";
import { db } from "@/server/platform/db";
import * as offering from "@/server/offering";
import * as pricing from "@/server/pricing";
import { createTicketType, priceCart, saleEvent } from "@/server/workflows";
import { buyer, organizerWithEvent } from "@/test/fixtures";
import { placeOrderFlow } from "@/test/edge";

/** One brand, two events: Harbour Weekender (the fixture's) and Probe night, each with a ticket. */
async function twoEvents() {
  const f = await organizerWithEvent({ capacity: 50 });
  const probe = await offering.createEvent(f.actor, f.brand.id, {
    name: "Probe night",
    venue: "Basement",
    description: "",
    timeZone: "Europe/Berlin",
    startsAt: "2030-06-01T21:00",
    endsAt: "2030-06-02T03:00",
  });
  const { productId: probeTicket } = await createTicketType(f.actor, f.brand, probe.id, {
    name: "Entry",
    price: 12,
    capacity: 50,
  });
  await offering.publishEvent(f.actor, f.brand.id, probe.id, new Date());
  const known = {
    productIds: new Set([f.productId, probeTicket]),
    eventIds: new Set([f.event.id, probe.id]),
  };
  const createCode = (code: string, madeOn: string, extra: Record<string, unknown> = {}) =>
    pricing.createPromo(
      f.actor,
      f.brand.id,
      { code, kind: "percent", value: "10", scope: "cart", eventId: madeOn, ...extra },
      known,
    );
  const quoteAt = async (eventId: string, productId: string, code: string) =>
    (
      await priceCart(
        f.brand,
        await saleEvent(f.brand.id, eventId),
        [{ productId, quantity: 1 }],
        code,
        new Date(),
      )
    ).quote;
  return { ...f, harbour: f.event, harbourTicket: f.productId, probe, probeTicket, createCode, quoteAt };
}

const listed = async (brandId: string, eventId: string) =>
  (await pricing.promosOf(brandId, eventId)).map((p) => p.code);

describe("a code made on Harbour Weekender's page", () => {
  it("discounts Harbour Weekender and is listed there", async () => {
    const s = await twoEvents();
    await s.createCode("HARBOUR10", s.harbour.id);
    expect((await s.quoteAt(s.harbour.id, s.harbourTicket, "HARBOUR10")).discount).toBe(200);
    expect(await listed(s.brand.id, s.harbour.id)).toEqual(["HARBOUR10"]);
  });

  it("is refused at Probe night's quote and checkout, in words, and places nothing", async () => {
    const s = await twoEvents();
    await s.createCode("HARBOUR10", s.harbour.id);
    await expect(s.quoteAt(s.probe.id, s.probeTicket, "HARBOUR10")).rejects.toMatchObject({
      message: "This code is not valid for this event.",
      details: { field: "promoCode" },
    });
    await expect(
      placeOrderFlow({
        brandSlug: s.brand.slug,
        eventId: s.probe.id,
        buyer: buyer(),
        lines: [{ productId: s.probeTicket, quantity: 1 }],
        promoCode: "HARBOUR10",
      }),
    ).rejects.toThrow("This code is not valid for this event.");
    expect(await db().order.count({ where: { brandId: s.brand.id } })).toBe(0);
  });

  it("is not listed on Probe night's page", async () => {
    const s = await twoEvents();
    await s.createCode("HARBOUR10", s.harbour.id);
    expect(await listed(s.brand.id, s.probe.id)).toEqual([]);
  });
});

describe("a code the organizer widened", () => {
  it("to the whole brand applies and is listed at every event", async () => {
    const s = await twoEvents();
    await s.createCode("EVERYONE", s.harbour.id, { reach: "brand" });
    expect((await s.quoteAt(s.probe.id, s.probeTicket, "EVERYONE")).discount).toBe(120);
    expect(await listed(s.brand.id, s.probe.id)).toEqual(["EVERYONE"]);
    expect((await pricing.promosOf(s.brand.id, s.harbour.id))[0]!.events).toBe("brand");
  });

  it("to chosen events applies at those", async () => {
    const s = await twoEvents();
    await s.createCode("BOTH", s.harbour.id, { reach: "events", eventIds: [s.probe.id] });
    expect((await s.quoteAt(s.probe.id, s.probeTicket, "BOTH")).discount).toBe(120);
    expect(await listed(s.brand.id, s.harbour.id)).toEqual(["BOTH"]);
    expect(await listed(s.brand.id, s.probe.id)).toEqual(["BOTH"]);
  });

  it("to another brand's event is refused at its field", async () => {
    const s = await twoEvents();
    const other = await organizerWithEvent();
    await expect(
      s.createCode("STRAY", s.harbour.id, { reach: "events", eventIds: [other.event.id] }),
    ).rejects.toMatchObject({ message: "Choose events of this brand", details: { field: "eventIds" } });
  });
});
