// The tickets e-mail: every valid ticket with its QR (inline and as a PDF) and the order link.
// Sent once on TicketsIssued (dedupe key per order), and again when the organizer re-sends it.
// A rush's e-mails are most of the worker's CPU, so a batch of a brand's orders is read in a
// handful of statements and queued in one (issue 13); each order's e-mail is rendered alone.
import { queueMails, type MailToQueue } from "@/server/platform/mail";
import { transaction } from "@/server/platform/unit-of-work";
import { config } from "@/server/platform/config";
import { notFound } from "@/server/platform/errors";
import { ticketsMail } from "@/server/platform/mail-templates";
import * as checkout from "@/server/checkout";
import * as distribution from "@/server/distribution";
import * as fulfillment from "@/server/fulfillment";
import { ordersDocuments, ticketsPdfOf, type OrderDocuments } from "./ticket-documents";

/** The fan's way back to their order, from any device: the order's page with its access key. */
export const orderLink = (brandSlug: string, orderId: string) =>
  `${config().PUBLIC_URL}/s/${brandSlug}/orders/${orderId}?key=${checkout.orderAccessKey(orderId)}`;

type Look = Awaited<ReturnType<typeof distribution.brandMail>>;

export async function queueTicketsMail(
  brandId: string,
  orderId: string,
  dedupeKey: string,
  opts: { resent?: boolean } = {},
): Promise<void> {
  await queueTicketsMails(brandId, [{ orderId, dedupeKey }], opts);
}

/** The tickets e-mails of a batch of the brand's orders, queued together (all or none). */
export async function queueTicketsMails(
  brandId: string,
  wanted: { orderId: string; dedupeKey: string }[],
  opts: { resent?: boolean } = {},
): Promise<void> {
  const documents = await ordersDocuments(
    brandId,
    wanted.map((w) => w.orderId),
  );
  if (documents.length < new Set(wanted.map((w) => w.orderId)).size)
    throw notFound("This order does not exist.");
  // The look per language the batch's orders speak: its footer is in each one's.
  const looks = new Map<string, Promise<Look>>();
  const lookIn = (d: OrderDocuments) => {
    if (!looks.has(d.locale)) looks.set(d.locale, distribution.brandMail(d.brand, d.locale));
    return looks.get(d.locale)!;
  };
  const keyOf = new Map(wanted.map((w) => [w.orderId, w.dedupeKey]));
  const mails: MailToQueue[] = [];
  for (const d of documents)
    mails.push(await ticketsMailOf(d, await lookIn(d), keyOf.get(d.order.id)!, opts.resent ?? false));
  await transaction((tx) => queueMails(tx, mails));
}

async function ticketsMailOf(
  documents: OrderDocuments,
  { look, attachments }: Look,
  dedupeKey: string,
  resent: boolean,
): Promise<MailToQueue> {
  const { order, locale, event, brand, when } = documents;
  const tickets = documents.tickets.filter((t) => t.status === "valid");
  const qrImages = await Promise.all(
    tickets.map(async (t, i) => ({
      filename: `ticket-${i + 1}.png`,
      contentType: "image/png",
      cid: `ticket-${i + 1}@marquee`,
      contentBase64: (await fulfillment.ticketQrPng(t.code)).toString("base64"),
    })),
  );
  const { filename, pdf } = await ticketsPdfOf(documents);
  const mail = ticketsMail({
    look,
    locale,
    buyerName: order.buyerName,
    reference: order.reference,
    total: { amount: order.totalMinor, currency: order.currency },
    eventName: event.name,
    when,
    venue: event.venue,
    tickets: tickets.map((t, i) => ({
      productName: t.productName,
      attendeeName: t.attendeeName,
      code: t.code,
      qrCid: qrImages[i]!.cid,
    })),
    orderLink: orderLink(brand.slug, order.id),
    resent,
  });
  return {
    dedupeKey,
    brandId: brand.id,
    to: order.buyerEmail,
    ...mail,
    attachments: [
      ...attachments,
      ...qrImages,
      { filename, contentType: "application/pdf", contentBase64: pdf.toString("base64") },
    ],
  };
}
