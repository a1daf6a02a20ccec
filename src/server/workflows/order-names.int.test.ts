// An order's documents name what was bought in the order's language (docs/adr/0033): the order
// keeps the names as bought, and its e-mail, PDF and page read the products' translations now,
// the bought name where there is none; the brand's e-mail footer is in that language too. Choice
// groups and price phases are translated too, and a brand writes only its own products' translations.
import { inflateSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { db } from "@/server/platform/db";
import * as checkout from "@/server/checkout";
import * as distribution from "@/server/distribution";
import * as offering from "@/server/offering";
import { subscribers } from "./subscriptions";
import { orderTicketsPdf } from "./ticket-documents";
import { orderNamesIn } from "./order-names";
import { offerInLanguage, quoteInLanguage, eventOffer } from "./offer";
import { translateProduct } from "./translate-product";
import { priceCart } from "./cart";
import { buyer, dispatchUntil, weekendPackSetup } from "@/test/fixtures";
import { checkoutCart, updateCart } from "@/test/edge";

type Setup = Awaited<ReturnType<typeof weekendPackSetup>>;

/** The pack in French: the pack, the day ticket and the medium size, the choice and the phase. */
async function inFrench(s: Setup) {
  await distribution.setShopLanguages(s.actor, s.brand.id, {
    languages: ["en", "fr", "de"],
    defaultLanguage: "en",
  });
  await translateProduct(s.actor, s.brand.id, s.event.id, s.packId, {
    fr: { name: "Forfait week-end" },
    groups: [{ name: "T-shirt size", fr: "Taille du t-shirt" }],
  });
  await translateProduct(s.actor, s.brand.id, s.event.id, s.dayId, {
    fr: { name: "Billet journée" },
    phases: [{ name: "Standard", fr: "Tarif normal" }],
  });
  // The T-shirt keeps its English name; only its size M is translated.
  await translateProduct(s.actor, s.brand.id, s.event.id, s.shirtId, {
    variants: [{ id: s.sizes.m, fr: "Moyen" }],
  });
}

async function paidOrder(s: Setup, language: string, n: number) {
  const cart = await updateCart(null, {
    brandSlug: s.brand.slug,
    eventId: s.event.id,
    lines: [s.packWithM, { productId: s.dayId, quantity: 1 }],
  });
  const address = { line1: "Seestraße 1", postalCode: "10115", city: "Berlin", country: "Germany" };
  const order = await checkoutCart(cart.cartId, {
    brandSlug: s.brand.slug,
    buyer: { ...buyer(n), address },
    language,
  });
  const payment = await db().payment.findFirstOrThrow({ where: { orderId: order.orderId } });
  await checkout.confirmPayment(payment.id, "succeeded", new Date(), { kind: "system", label: "test" });
  return order;
}

/** The text PDFKit drew: its content streams inflated, each TJ's hex strings read as WinAnsi. */
function pdfText(pdf: Buffer): string {
  const raw = pdf.toString("latin1");
  const streams = [...raw.matchAll(/stream\r?\n([\s\S]*?)endstream/g)].map((m) => {
    try {
      return inflateSync(Buffer.from(m[1]!, "latin1")).toString("latin1");
    } catch {
      return "";
    }
  });
  return streams
    .flatMap((s) => [...s.matchAll(/\[(.*?)\] TJ/g)])
    .map((m) =>
      [...m[1]!.matchAll(/<([0-9a-f]*)>/gi)]
        .map((h) => Buffer.from(h[1]!, "hex").toString("latin1"))
        .join(""),
    )
    .join("\n");
}

const mailsOf = (brandId: string) => db().mailMessage.findMany({ where: { brandId } });

describe("an order's documents in its language", () => {
  it("name the products in French, and keep the bought name where nothing is translated", async () => {
    const s = await weekendPackSetup();
    await inFrench(s);
    await distribution.setMailFooter(s.actor, s.brand.id, {
      mailFooter: "Harbour Ltd <legal>\n1 Quay Street",
      fr: { mailFooter: "Harbour SARL\n1 quai du Port" },
    });
    const french = await paidOrder(s, "fr", 1);
    const german = await paidOrder(s, "de", 2);
    await dispatchUntil(subscribers, async () => (await mailsOf(s.brand.id)).length === 2);

    const mails = await mailsOf(s.brand.id);
    const frenchMail = mails.find((m) => m.subject.includes(french.reference))!;
    const germanMail = mails.find((m) => m.subject.includes(german.reference))!;
    // Two day tickets inside the pack, one on its own.
    expect(frenchMail.text).toContain("Billet journée · Forfait week-end:");
    expect(frenchMail.text).toMatch(/^- Billet journée: /m);
    expect(frenchMail.html).toContain("Billet journée · Forfait week-end");
    // No German translation: the names as bought, in the brand's default language.
    expect(germanMail.text).toContain("Day ticket · Weekend pack:");
    expect(germanMail.text).toMatch(/^- Day ticket: /m);
    // The brand's footer in the order's language, else in its default language; its text is never HTML.
    expect(frenchMail.text).toMatch(/\n-- \nHarbour SARL\n1 quai du Port$/);
    expect(frenchMail.html).toContain("Harbour SARL<br>1 quai du Port</p>");
    expect(germanMail.text).toContain("Harbour Ltd <legal>\n1 Quay Street");
    expect(germanMail.html).toContain("Harbour Ltd &lt;legal&gt;<br>1 Quay Street");

    const frenchPdf = pdfText((await orderTicketsPdf(s.brand.id, french.orderId)).pdf);
    expect(frenchPdf).toContain("Billet journée · Forfait week-end");
    expect(frenchPdf).not.toContain("Day ticket");
    const germanPdf = pdfText((await orderTicketsPdf(s.brand.id, german.orderId)).pdf);
    expect(germanPdf).toContain("Day ticket · Weekend pack");

    // What the order keeps is what was bought, whatever language it names it in later.
    const stored = await checkout.orderForBrand(s.brand.id, french.orderId);
    expect(stored.lines.map((l) => l.productName).sort()).toEqual(["Day ticket", "Weekend pack"]);
    const names = await orderNamesIn(stored, "fr");
    expect(names.lines.map((l) => l.productName).sort()).toEqual(["Billet journée", "Forfait week-end"]);
    // The merch part: its product untranslated (bought name), its size translated.
    const pack = stored.lines.find((l) => l.productId === s.packId)!;
    expect(names.label("T-shirt (M) · Weekend pack", pack.lineId)).toBe("T-shirt (Moyen) · Forfait week-end");
    expect(names.label("T-shirt (M) · Weekend pack")).toBe("T-shirt (Moyen) · Forfait week-end");
    expect(names.label("Something else")).toBe("Something else");
  });

  it("show the choice's and the phase's names in French in the offer and the quote", async () => {
    const s = await weekendPackSetup();
    await inFrench(s);
    const event = await offering.shopEventById(s.brand.id, s.event.id);
    const catalog = new Map(event.products.map((p) => [p.id, p]));
    const at = new Date();
    const offer = offerInLanguage(await eventOffer(s.brand, event, at), catalog, "fr");
    const group = offer.find((i) => i.id === s.packId)!.bundle!.groups[0]!;
    // The label is French; the name stays the key the fan's selection uses.
    expect(group).toMatchObject({ name: "T-shirt size", label: "Taille du t-shirt" });
    const { quote } = await priceCart(s.brand, event, [{ productId: s.dayId, quantity: 2 }], null, at);
    const french = quoteInLanguage(quote, catalog, "fr");
    expect(french.lines[0]).toMatchObject({ name: "Billet journée", parts: [{ phaseName: "Tarif normal" }] });
    // German has none: the default language's.
    expect(quoteInLanguage(quote, catalog, "de").lines[0]!.parts[0]!.phaseName).toBe("Standard");
  });
});

describe("a product's translations", () => {
  it("are written by its own brand only: another brand's product is refused and left as it was", async () => {
    const mine = await weekendPackSetup();
    const theirs = await weekendPackSetup();
    await translateProduct(theirs.actor, theirs.brand.id, theirs.event.id, theirs.dayId, {
      fr: { name: "Billet journée" },
    });
    const attack = { fr: { name: "Piraté" }, phases: [{ name: "Standard", fr: "Piraté" }] };
    // Their product through my brand and my event, and through my brand and their event.
    await expect(
      translateProduct(mine.actor, mine.brand.id, mine.event.id, theirs.dayId, attack),
    ).rejects.toMatchObject({ code: "NotFound" });
    await expect(
      translateProduct(mine.actor, mine.brand.id, theirs.event.id, theirs.dayId, attack),
    ).rejects.toMatchObject({ code: "NotFound" });
    const row = await db().product.findUniqueOrThrow({ where: { id: theirs.dayId } });
    expect(row.translations).toEqual({ fr: { name: "Billet journée" } });
  });

  it("refuse a name over its limit, writing nothing", async () => {
    const s = await weekendPackSetup();
    await expect(
      translateProduct(s.actor, s.brand.id, s.event.id, s.dayId, {
        phases: [{ name: "Standard", fr: "x".repeat(61) }],
      }),
    ).rejects.toMatchObject({ code: "Invalid" });
    const row = await db().product.findUniqueOrThrow({ where: { id: s.dayId } });
    expect(row.translations).toEqual({});
  });
});
