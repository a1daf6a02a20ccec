import { describe, expect, it } from "vitest";
import { db } from "@/server/platform/db";
import * as checkout from "@/server/checkout";
import * as offering from "@/server/offering";
import { subscribers } from "@/server/workflows/subscriptions";
import { dispatchUntil, weekendPackSetup } from "@/test/fixtures";
import { refusal } from "@/test/domain-error";
import { checkoutCart, placeOrderFlow, updateCart } from "@/test/edge";

const address = { line1: "Seestraße 1", postalCode: "10115", city: "Berlin", country: "Germany" };
const details = {
  name: "Summer Weekend",
  venue: "Lakeside",
  description: "",
  timeZone: "Europe/Berlin",
  startsAt: "2031-07-10T12:00",
  endsAt: "2031-07-11T23:00",
};

async function pay(orderId: string) {
  const payment = await db().payment.findFirstOrThrow({ where: { orderId } });
  await checkout.confirmPayment(payment.id, "succeeded", new Date(), { kind: "system", label: "test" });
}

describe("names on tickets", () => {
  it("an organizer edits the event and turns the question on; bad input and other brands change nothing", async () => {
    const s = await weekendPackSetup();
    await offering.editEvent(s.actor, s.brand.id, s.event.id, {
      ...details,
      name: "Summer Weekend 2031",
      askAttendeeNames: true,
    });
    expect(await offering.studioEvent(s.brand.id, s.event.id)).toMatchObject({
      name: "Summer Weekend 2031",
      askAttendeeNames: true,
      slug: s.event.slug,
    });
    expect(
      await refusal(
        offering.editEvent(s.actor, s.brand.id, s.event.id, {
          ...details,
          endsAt: "2031-07-09T10:00",
          askAttendeeNames: false,
        }),
      ),
    ).toEqual({ code: "Invalid", message: "The event must end after it starts" });
    const other = await weekendPackSetup();
    expect(
      await refusal(
        offering.editEvent(other.actor, other.brand.id, s.event.id, { ...details, askAttendeeNames: false }),
      ),
    ).toMatchObject({ code: "NotFound" });
    expect((await offering.studioEvent(s.brand.id, s.event.id)).askAttendeeNames).toBe(true);
  });

  it("checkout asks one name per ticket, in the cart's order, refuses a missing one at its field, and prints them on the tickets", async () => {
    const s = await weekendPackSetup();
    await offering.editEvent(s.actor, s.brand.id, s.event.id, { ...details, askAttendeeNames: true });
    const cart = await updateCart(null, {
      brandSlug: s.brand.slug,
      eventId: s.event.id,
      lines: [s.packWithM, { productId: s.dayId, quantity: 1 }],
    });
    expect(cart.attendeeLabels).toEqual([
      "Day ticket · Weekend pack",
      "Day ticket · Weekend pack",
      "Day ticket",
    ]);
    const buyer = { name: "Ann Anders", email: "ann@example.com", address };
    expect(await refusal(checkoutCart(cart.cartId, { brandSlug: s.brand.slug, buyer }))).toEqual({
      code: "Invalid",
      message: "Enter the name for ticket 1 (Day ticket · Weekend pack)",
    });
    await expect(
      checkoutCart(cart.cartId, {
        brandSlug: s.brand.slug,
        buyer: { ...buyer, attendees: ["Ann Anders", "Ben Berg", "  "] },
      }),
    ).rejects.toMatchObject({
      message: "Enter the name for ticket 3 (Day ticket)",
      details: { field: "buyer.attendees.2" },
    });
    expect(await db().order.count({ where: { brandId: s.brand.id } })).toBe(0);

    const placed = await checkoutCart(cart.cartId, {
      brandSlug: s.brand.slug,
      buyer: { ...buyer, attendees: ["Ann Anders", "Ben Berg", "Cem Celik"] },
    });
    await pay(placed.orderId);
    await dispatchUntil(
      subscribers,
      async () => (await db().ticket.count({ where: { orderId: placed.orderId } })) === 3,
    );
    const tickets = await db().ticket.findMany({
      where: { orderId: placed.orderId },
      orderBy: [{ productName: "asc" }, { attendeeName: "asc" }],
    });
    expect(tickets.map((t) => [t.productName, t.attendeeName])).toEqual([
      ["Day ticket", "Cem Celik"],
      ["Day ticket · Weekend pack", "Ann Anders"],
      ["Day ticket · Weekend pack", "Ben Berg"],
    ]);
  });

  it("refuses an empty checkout form with every problem at once, each at its field, in the form's order", async () => {
    const s = await weekendPackSetup();
    await offering.editEvent(s.actor, s.brand.id, s.event.id, { ...details, askAttendeeNames: true });
    const cart = await updateCart(null, {
      brandSlug: s.brand.slug,
      eventId: s.event.id,
      lines: [s.packWithM],
    });
    const empty = { line1: "", line2: "", postalCode: "", city: "", country: "" };
    const refused = await checkoutCart(cart.cartId, {
      brandSlug: s.brand.slug,
      buyer: { name: "", email: "", attendees: ["", ""], address: empty },
    }).catch((e: unknown) => e);
    expect(refused).toMatchObject({ code: "Invalid", message: "Enter your name" });
    const fields = (refused as { details: { field: string; fields: Record<string, string> } }).details;
    expect(fields.field).toBe("buyer.name");
    expect(Object.entries(fields.fields)).toEqual([
      ["buyer.name", "Enter your name"],
      ["buyer.email", "Enter a valid e-mail address, like you@example.com"],
      ["buyer.attendees.0", "Enter the name for ticket 1 (Day ticket · Weekend pack)"],
      ["buyer.attendees.1", "Enter the name for ticket 2 (Day ticket · Weekend pack)"],
      ["buyer.address.line1", "Enter the street and number"],
      ["buyer.address.postalCode", "Enter the postal code"],
      ["buyer.address.city", "Enter the city"],
      ["buyer.address.country", "Enter the country"],
    ]);
    expect(await db().order.count({ where: { brandId: s.brand.id } })).toBe(0);
  });

  it("the API's one-step order asks them too; an event that does not ask puts the buyer's name on every ticket", async () => {
    const s = await weekendPackSetup();
    await offering.editEvent(s.actor, s.brand.id, s.event.id, { ...details, askAttendeeNames: true });
    expect(
      await refusal(
        placeOrderFlow({
          brandSlug: s.brand.slug,
          eventId: s.event.id,
          buyer: { name: "Dora", email: "dora@example.com" },
          lines: [{ productId: s.dayId, quantity: 2 }],
        }),
      ),
    ).toMatchObject({ message: "Enter the name for ticket 1 (Day ticket)" });
    await offering.editEvent(s.actor, s.brand.id, s.event.id, { ...details, askAttendeeNames: false });
    const placed = await placeOrderFlow({
      brandSlug: s.brand.slug,
      eventId: s.event.id,
      buyer: { name: "Dora", email: "dora@example.com", attendees: ["Ignored"] },
      lines: [{ productId: s.dayId, quantity: 2 }],
    });
    await pay(placed.orderId);
    await dispatchUntil(
      subscribers,
      async () => (await db().ticket.count({ where: { orderId: placed.orderId } })) === 2,
    );
    expect(
      (await db().ticket.findMany({ where: { orderId: placed.orderId } })).map((t) => t.attendeeName),
    ).toEqual(["Dora", "Dora"]);
  });
});
