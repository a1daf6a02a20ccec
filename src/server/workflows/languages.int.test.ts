// An order speaks the language it was placed in (docs/adr/0033): stored when placed, among the
// brand's languages, and used for the e-mail and the PDF about it whatever happens later.
import { describe, expect, it } from "vitest";
import { db } from "@/server/platform/db";
import * as checkout from "@/server/checkout";
import * as distribution from "@/server/distribution";
import * as offering from "@/server/offering";
import { subscribers } from "./subscriptions";
import { orderTicketsPdf } from "./ticket-documents";
import { organizerWithEvent, buyer, dispatchUntil } from "@/test/fixtures";
import { checkoutCart, updateCart } from "@/test/edge";

async function placed(f: Awaited<ReturnType<typeof organizerWithEvent>>, language: string, n: number) {
  const cart = await updateCart(null, {
    brandSlug: f.brand.slug,
    eventId: f.event.id,
    lines: [{ productId: f.productId, quantity: 1 }],
  });
  return checkoutCart(cart.cartId, { brandSlug: f.brand.slug, buyer: buyer(n), language });
}

describe("an order's language", () => {
  it("is the fan's when the brand offers it, else the brand's default", async () => {
    const f = await organizerWithEvent();
    await distribution.setShopLanguages(f.actor, f.brand.id, {
      languages: ["en", "fr"],
      defaultLanguage: "fr",
    });
    const french = await placed(f, "fr", 1);
    const german = await placed(f, "de", 2);
    const english = await placed(f, "en", 3);
    const language = async (id: string) => (await db().order.findUniqueOrThrow({ where: { id } })).language;
    expect(await language(french.orderId)).toBe("fr");
    expect(await language(german.orderId)).toBe("fr"); // not offered: the brand's default
    expect(await language(english.orderId)).toBe("en");
  });

  it("is the tickets e-mail's and the PDF's, with the organizer's translation of the event", async () => {
    const f = await organizerWithEvent();
    await distribution.setShopLanguages(f.actor, f.brand.id, {
      languages: ["en", "de"],
      defaultLanguage: "en",
    });
    await offering.translateEvent(f.actor, f.brand.id, f.event.id, { de: { name: "Testnacht" } });
    const order = await placed(f, "de", 4);
    const payment = await db().payment.findFirstOrThrow({ where: { orderId: order.orderId } });
    await checkout.confirmPayment(payment.id, "succeeded", new Date(), { kind: "system", label: "test" });
    // The fan's browser says nothing any more: the order remembers.
    await dispatchUntil(
      subscribers,
      async () => (await db().mailMessage.count({ where: { brandId: f.brand.id } })) === 1,
    );
    const mail = await db().mailMessage.findFirstOrThrow({ where: { brandId: f.brand.id } });
    expect(mail.subject).toBe(`Ihre Tickets für Testnacht — ${order.reference}`);
    expect(mail.text).toContain("Vielen Dank für Ihre Bestellung");
    const { pdf } = await orderTicketsPdf(f.brand.id, order.orderId);
    expect(pdf.toString("latin1")).toContain("/Lang (de)");
  });
});
