// An order's tickets as a PDF (fulfillment renders it; the brand, the event and the order come
// from their contexts). Used for the e-mail attachment and the order page's download.
import * as checkout from "@/server/checkout";
import * as distribution from "@/server/distribution";
import * as fulfillment from "@/server/fulfillment";
import * as offering from "@/server/offering";

export async function orderTicketsPdf(
  brandId: string,
  orderId: string,
): Promise<{ filename: string; pdf: Buffer }> {
  const order = await checkout.orderForBrand(brandId, orderId);
  const [brand, event, tickets] = await Promise.all([
    distribution.brandById(brandId),
    offering.studioEvent(brandId, order.eventId),
    fulfillment.ticketsForOrder(brandId, orderId),
  ]);
  const logo = brand.logoKey ? await distribution.readFile(brand.logoKey) : null;
  const pdf = await fulfillment.ticketsPdf({
    brand: {
      name: brand.name,
      primaryColor: brand.primaryColor,
      headerText: distribution.textOn(brand.primaryColor),
      logo: logo ? Buffer.from(logo.bytes) : null,
    },
    event: {
      name: event.name,
      when: `${offering.formatEventDates(event.startsAt, event.endsAt, event.timeZone)} (${event.timeZone})`,
      venue: event.venue,
    },
    reference: order.reference,
    tickets: tickets.map((t) => ({
      code: t.code,
      productName: t.productName,
      attendeeName: t.attendeeName,
      void: t.status === "void",
    })),
  });
  return { filename: `tickets-${order.reference}.pdf`, pdf };
}
