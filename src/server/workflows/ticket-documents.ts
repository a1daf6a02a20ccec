// An order's tickets as a PDF (fulfillment renders it; the brand, the event and the order come
// from their contexts). Used for the e-mail attachment and the order page's download.
import * as checkout from "@/server/checkout";
import * as distribution from "@/server/distribution";
import * as fulfillment from "@/server/fulfillment";
import * as offering from "@/server/offering";
import { isLocale, type Locale } from "@/server/platform/i18n";
import { translatorFor } from "@/server/platform/messages";
import { orderNamesIn } from "./order-names";

/** The language an order speaks: the one it was placed in (docs/adr/0033); English for older rows. */
export const languageOf = (order: { language: string }): Locale =>
  isLocale(order.language) ? order.language : "en";

/**
 * What an order's ticket documents (its PDF, its e-mail) are made of, read once: the tickets
 * named in the order's language (order-names.ts).
 */
export type OrderDocuments = Awaited<ReturnType<typeof orderDocuments>>;

export async function orderDocuments(brandId: string, orderId: string) {
  const order = await checkout.orderForBrand(brandId, orderId);
  const locale = languageOf(order);
  const [brand, stored, issued, names] = await Promise.all([
    distribution.brandById(brandId),
    offering.eventOfOrder(brandId, order.eventId),
    fulfillment.ticketsForOrder(brandId, orderId),
    orderNamesIn(order, locale),
  ]);
  const tickets = issued.map((t) => ({ ...t, productName: names.label(t.productName, t.orderLineId) }));
  const event = offering.inLanguage(stored, locale);
  const dates = offering.formatEventDates(event.startsAt, event.endsAt, event.timeZone, {
    locale,
    nextDay: translatorFor(locale)("shop.nextDay"),
  });
  return { order, locale, brand, event, when: `${dates} (${event.timeZone})`, tickets };
}

export async function orderTicketsPdf(
  brandId: string,
  orderId: string,
): Promise<{ filename: string; pdf: Buffer }> {
  return ticketsPdfOf(await orderDocuments(brandId, orderId));
}

/** The PDF of documents already read (the tickets e-mail reads them for itself too). */
export async function ticketsPdfOf({
  order,
  locale,
  brand,
  event,
  when,
  tickets,
}: OrderDocuments): Promise<{ filename: string; pdf: Buffer }> {
  const t = translatorFor(locale);
  const logo = brand.logoKey ? await distribution.readFile(brand.logoKey) : null;
  const pdf = await fulfillment.ticketsPdf({
    brand: {
      name: brand.name,
      primaryColor: brand.primaryColor,
      headerText: distribution.textOn(brand.primaryColor),
      logo: logo ? Buffer.from(logo.bytes) : null,
    },
    event: { name: event.name, when, venue: event.venue },
    reference: order.reference,
    words: {
      title: t("pdf.title", { event: event.name, reference: order.reference }),
      refunded: t("pdf.refunded"),
      footer: (number, count) => t("pdf.footer", { reference: order.reference, number, count }),
      empty: t("pdf.empty"),
    },
    language: locale,
    tickets: tickets.map((t) => ({
      code: t.code,
      productName: t.productName,
      attendeeName: t.attendeeName,
      void: t.status === "void",
    })),
  });
  return { filename: `tickets-${order.reference}.pdf`, pdf };
}
