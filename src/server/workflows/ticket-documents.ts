// An order's tickets as a PDF (fulfillment renders it; the brand, the event and the order come
// from their contexts). Used for the e-mail attachment and the order page's download.
import * as checkout from "@/server/checkout";
import * as distribution from "@/server/distribution";
import * as fulfillment from "@/server/fulfillment";
import * as offering from "@/server/offering";
import { isLocale, type Locale } from "@/server/platform/i18n";
import { translatorFor } from "@/server/platform/messages";
import { notFound } from "@/server/platform/errors";
import { orderNamesWith, productIdsOf } from "./order-names";

/** The language an order speaks: the one it was placed in (docs/adr/0033); English for older rows. */
export const languageOf = (order: { language: string }): Locale =>
  isLocale(order.language) ? order.language : "en";

/**
 * What an order's ticket documents (its PDF, its e-mail) are made of, read once: the tickets
 * named in the order's language (order-names.ts).
 */
export type OrderDocuments = Awaited<ReturnType<typeof ordersDocuments>>[number];

export async function orderDocuments(brandId: string, orderId: string): Promise<OrderDocuments> {
  const [documents] = await ordersDocuments(brandId, [orderId]);
  if (!documents) throw notFound("This order does not exist.");
  return documents;
}

/**
 * The documents of a batch of the brand's orders (a rush's tickets e-mails), in five reads for
 * the batch rather than six per order. Orders not of the brand are left out.
 */
export async function ordersDocuments(brandId: string, orderIds: string[]) {
  const orders = await checkout.ordersForBrand(brandId, orderIds);
  const [brand, events, tickets, translations] = await Promise.all([
    distribution.brandById(brandId),
    Promise.all([...new Set(orders.map((o) => o.eventId))].map((id) => offering.eventOfOrder(brandId, id))),
    fulfillment.ticketDocumentsOf(
      brandId,
      orders.map((o) => o.id),
    ),
    offering.productTranslations(brandId, orders.flatMap(productIdsOf)),
  ]);
  const logo = brand.logoKey ? await distribution.readFile(brand.logoKey) : null;
  return orders.map((order) => {
    const locale = languageOf(order);
    const names = orderNamesWith(order, locale, translations);
    const event = offering.inLanguage(
      events.find((e) => e.id === order.eventId)!,
      locale,
    );
    const dates = offering.formatEventDates(event.startsAt, event.endsAt, event.timeZone, {
      locale,
      nextDay: translatorFor(locale)("shop.nextDay"),
    });
    return {
      order,
      locale,
      brand,
      logo: logo ? Buffer.from(logo.bytes) : null,
      event,
      when: `${dates} (${event.timeZone})`,
      tickets: (tickets.get(order.id) ?? []).map((t) => ({
        ...t,
        productName: names.label(t.productName, t.orderLineId),
      })),
    };
  });
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
  logo,
  event,
  when,
  tickets,
}: OrderDocuments): Promise<{ filename: string; pdf: Buffer }> {
  const t = translatorFor(locale);
  const pdf = await fulfillment.ticketsPdf({
    brand: {
      name: brand.name,
      primaryColor: brand.primaryColor,
      headerText: distribution.textOn(brand.primaryColor),
      logo,
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
