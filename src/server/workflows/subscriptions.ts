// Who reacts to which event. Handlers cross contexts, so they live here; each is idempotent
// because the dispatcher delivers at least once.
import { queueMail } from "@/server/platform/mail";
import { transaction } from "@/server/platform/unit-of-work";
import { config } from "@/server/platform/config";
import {
  latePaymentRefundMail,
  refundMail,
  shippedMail,
  ticketsMail,
} from "@/server/platform/mail-templates";
import { clock } from "@/server/platform/clock";
import { auditTrail, type BatchSubscriber, type RecordedEvent, type Subscriber } from "@/server/eventlog";
import { languageOf, orderDocuments, ticketsPdfOf } from "./ticket-documents";
import { orderNamesIn } from "./order-names";
import { causedBy } from "./caused-by";
import { fulfilPaidOrder, fulfilPaidOrders } from "./fulfil-paid-orders";
import * as checkout from "@/server/checkout";
import * as inventory from "@/server/inventory";
import * as fulfillment from "@/server/fulfillment";
import * as offering from "@/server/offering";
import * as distribution from "@/server/distribution";
import * as pricing from "@/server/pricing";
import * as insights from "@/server/insights";

/**
 * Handle a batch of events, `limit` at a time: each on its own (its own transactions), so one
 * failing event fails alone and the others are delivered. The handlers wait mostly on
 * PostgreSQL, so a few at once keep both the database and this process busy.
 */
async function eachAtOnce<E extends RecordedEvent>(
  events: E[],
  limit: number,
  handle: (e: E) => Promise<void>,
): Promise<{ event: E; error: unknown }[]> {
  const failures: { event: E; error: unknown }[] = [];
  let next = 0;
  const lane = async () => {
    while (next < events.length) {
      const event = events[next++]!;
      await handle(event).catch((error: unknown) => void failures.push({ event, error }));
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, events.length) }, lane));
  return failures;
}

/**
 * Orders fulfilled at once in a batch (each in its own transactions): see eachAtOnce. With the
 * dispatcher's pass (one connection) and the worker's other jobs (platform/jobs.ts), it stays
 * within the process's 10 pooled connections, so no handler waits for a connection.
 */
const FULFIL_AT_ONCE = 4;

/** A paid order's units sold and tickets issued; a rush's batch mostly together (fulfil-paid-orders.ts). */
const fulfilPaidOrderOnPayment: BatchSubscriber<checkout.OrderPaid> = {
  name: "workflow:fulfil-paid-order",
  purpose: "Sell the reserved tickets and merch of a paid order and issue its tickets",
  handles: ["OrderPaid"],
  handle: fulfilPaidOrder,
  handleBatch(events) {
    return fulfilPaidOrders(events, (rest) => eachAtOnce(rest, FULFIL_AT_ONCE, fulfilPaidOrder));
  },
};

/** The fan's way back to their order, from any device: the order's page with its access key. */
const orderLink = (brandSlug: string, orderId: string) =>
  `${config().PUBLIC_URL}/s/${brandSlug}/orders/${orderId}?key=${checkout.orderAccessKey(orderId)}`;

/** A paid order's cart starts over; a rush's payments, a brand's batch in one statement. */
const emptyCartWhenPaid: BatchSubscriber<checkout.OrderPaid> = {
  name: "checkout:empty-cart-when-paid",
  purpose: "Empty the fan's cart after payment",
  handles: ["OrderPaid"],
  async handle(e) {
    await checkout.emptyCartsAfterPayment(e.metadata.brandId, [e.payload.orderId]);
  },
  async handleBatch(events) {
    const byBrand = new Map<string, RecordedEvent<checkout.OrderPaid>[]>();
    for (const e of events) {
      const ofBrand = byBrand.get(e.metadata.brandId) ?? [];
      ofBrand.push(e);
      byBrand.set(e.metadata.brandId, ofBrand);
    }
    const failures: { event: RecordedEvent<checkout.OrderPaid>; error: unknown }[] = [];
    for (const [brandId, paid] of byBrand)
      await checkout
        .emptyCartsAfterPayment(
          brandId,
          paid.map((e) => e.payload.orderId),
        )
        .catch((error: unknown) => failures.push(...paid.map((event) => ({ event, error }))));
    return failures;
  },
};

/** The hold behind a pending order ended: the order expires, and so does its checkout at the provider. */
const expirePaymentWhenHoldExpires: Subscriber<inventory.HoldExpired> = {
  name: "checkout:expire-payment-when-hold-expires",
  purpose: "End an unpaid order when its reservation runs out",
  handles: ["HoldExpired"],
  async handle(e) {
    await checkout.expirePaymentForHold(e.payload.holdId, clock.now(), {
      kind: "system",
      label: "system",
    });
  },
};

/** Tell the fan, in plain words, that the payment came too late and was refunded. */
const mailRefundWhenUnavailable: Subscriber<checkout.OrderRefunded> = {
  name: "mail:refund-when-unavailable",
  purpose: "E-mail the fan that a late payment was refunded",
  handles: ["OrderRefunded"],
  async handle(e) {
    const p = e.payload;
    if (p.reason !== "sold_out_after_hold_expired") return;
    const brand = await distribution.brandById(e.metadata.brandId);
    const locale = languageOf(await checkout.orderForBrand(e.metadata.brandId, p.orderId));
    const event = offering.inLanguage(await offering.studioEvent(e.metadata.brandId, p.eventId), locale);
    const { look, attachments } = await distribution.brandMail(brand);
    const mail = latePaymentRefundMail({
      look,
      locale,
      buyerName: p.buyerName,
      reference: p.reference,
      eventName: event.name,
      amount: { amount: p.amount, currency: p.currency },
    });
    await transaction((tx) =>
      queueMail(tx, {
        dedupeKey: `order-refunded:${p.orderId}`,
        brandId: e.metadata.brandId,
        to: p.buyerEmail,
        ...mail,
        attachments,
      }),
    );
  },
};

const releaseHoldOnCancel: Subscriber<checkout.OrderCancelled> = {
  name: "inventory:release-hold-on-cancel",
  purpose: "Give a cancelled order's reserved units back",
  handles: ["OrderCancelled"],
  async handle(e) {
    const p = e.payload;
    if (p.keepHold) return; // back in the fan's cart, still reserved until it expires
    await inventory.releaseHold(causedBy(e), p.holdId);
  },
};

const releasePromoOnCancel: Subscriber<checkout.OrderCancelled> = {
  name: "pricing:release-promo-on-cancel",
  purpose: "Give a cancelled order's promo code back",
  handles: ["OrderCancelled"],
  async handle(e) {
    await pricing.releasePromo(e.payload.orderId);
  },
};

const mailTicketsWhenIssued: BatchSubscriber<fulfillment.TicketsIssued> = {
  name: "mail:tickets-when-issued",
  purpose: "E-mail the fan their tickets",
  handles: ["TicketsIssued"],
  async handle(e) {
    const p = e.payload;
    await queueTicketsMail(e.metadata.brandId, p.orderId, `order-confirmation:${p.orderId}`);
  },
  // Rendering a mail (QR codes, the PDF) is CPU; its reads are not: a few at once.
  handleBatch(events) {
    return eachAtOnce(events, FULFIL_AT_ONCE, (e) => this.handle(e));
  },
};

/**
 * The tickets e-mail: every valid ticket with its QR (inline and as a PDF) and the order link.
 * Sent once on TicketsIssued (dedupe key per order), and again when the organizer re-sends it.
 */
export async function queueTicketsMail(
  brandId: string,
  orderId: string,
  dedupeKey: string,
  opts: { resent?: boolean } = {},
): Promise<void> {
  // Read once for the e-mail and its PDF: a rush's e-mails are most of the worker's CPU.
  const documents = await orderDocuments(brandId, orderId);
  const { order, locale, event, brand, when } = documents;
  const tickets = documents.tickets.filter((t) => t.status === "valid");
  const link = orderLink(brand.slug, orderId);
  const qrImages = await Promise.all(
    tickets.map(async (t, i) => ({
      filename: `ticket-${i + 1}.png`,
      contentType: "image/png",
      cid: `ticket-${i + 1}@marquee`,
      contentBase64: (await fulfillment.ticketQrPng(t.code)).toString("base64"),
    })),
  );
  const { filename, pdf } = await ticketsPdfOf(documents);
  const { look, attachments } = await distribution.brandMail(brand);
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
    orderLink: link,
    resent: opts.resent ?? false,
  });
  await transaction((tx) =>
    queueMail(tx, {
      dedupeKey,
      brandId,
      to: order.buyerEmail,
      ...mail,
      attachments: [
        ...attachments,
        ...qrImages,
        { filename, contentType: "application/pdf", contentBase64: pdf.toString("base64") },
      ],
    }),
  );
}

/** Tell the fan their merch is on its way, with the carrier and tracking number. */
const mailWhenShipped: Subscriber<fulfillment.ItemsShipped> = {
  name: "mail:items-shipped",
  purpose: "E-mail the fan that their merch has shipped",
  handles: ["ItemsShipped"],
  async handle(e) {
    const p = e.payload;
    const order = await checkout.orderForBrand(e.metadata.brandId, p.orderId);
    const brand = await distribution.brandById(e.metadata.brandId);
    const names = await orderNamesIn(order, languageOf(order));
    const link = orderLink(brand.slug, p.orderId);
    const { look, attachments } = await distribution.brandMail(brand);
    const mail = shippedMail({
      look,
      locale: languageOf(order),
      buyerName: order.buyerName,
      reference: order.reference,
      items: p.items.map((i) => names.label(i.label)),
      carrier: p.carrier,
      trackingNumber: p.trackingNumber,
      orderLink: link,
    });
    await transaction((tx) =>
      queueMail(tx, {
        dedupeKey: `items-shipped:${p.shipmentId}`,
        brandId: e.metadata.brandId,
        to: order.buyerEmail,
        ...mail,
        attachments,
      }),
    );
  },
};

/** Tell the fan what was refunded, and how much, once the money is on its way back. */
const mailWhenRefunded: Subscriber<checkout.RefundSettled> = {
  name: "mail:refund-settled",
  purpose: "E-mail the fan about their refund",
  handles: ["RefundSettled"],
  async handle(e) {
    const p = e.payload;
    const order = await checkout.orderForBrand(e.metadata.brandId, p.orderId);
    const brand = await distribution.brandById(e.metadata.brandId);
    const refund = (await checkout.refundsOf(p.orderId)).find((r) => r.id === p.refundId);
    const orderItems = await fulfillment.itemsForOrder(e.metadata.brandId, p.orderId);
    const names = await orderNamesIn(order, languageOf(order));
    const refunded = orderItems.filter((i) => i.refundId === p.refundId);
    const { look, attachments } = await distribution.brandMail(brand);
    const mail = refundMail({
      look,
      locale: languageOf(order),
      buyerName: order.buyerName,
      reference: order.reference,
      amount: { amount: p.amount, currency: p.currency },
      keptFee: refund ? { amount: refund.feeMinor, currency: p.currency } : null,
      items: refunded.map((i) => names.label(i.label, i.orderLineId)),
      refundedTickets: refunded.filter((i) => i.kind === "ticket").length,
      validTickets: orderItems.filter((i) => i.kind === "ticket" && i.status !== "refunded").length,
    });
    await transaction((tx) =>
      queueMail(tx, {
        dedupeKey: `refund-settled:${p.refundId}`,
        brandId: e.metadata.brandId,
        to: order.buyerEmail,
        ...mail,
        attachments,
      }),
    );
  },
};

/** Read models, rebuilt by `npm run projections:rebuild`. */
export const projections: Subscriber[] = [
  auditTrail,
  checkout.eventSalesProjection,
  insights.salesProjection,
  insights.checkInsProjection,
  insights.poolFillProjection,
];

/** What reacts to the fan's and organizer's acts: units sold, tickets issued, carts and holds let go. */
export const reactions: Subscriber[] = [
  fulfilPaidOrderOnPayment,
  emptyCartWhenPaid,
  releaseHoldOnCancel,
  releasePromoOnCancel,
  expirePaymentWhenHoldExpires,
];

/** The e-mails those acts send: rendering one (QR codes, the PDF) is most of a paid order's CPU. */
export const mail: Subscriber[] = [
  mailTicketsWhenIssued,
  mailRefundWhenUnavailable,
  mailWhenShipped,
  mailWhenRefunded,
];

/**
 * The dispatcher's lanes, each run by a job of its own (tasks.ts), side by side: a rush's
 * thousands of audit and insight rows never delay a fan's tickets, nor the other way round; the
 * e-mails are rendered while the next orders' tickets are issued, by another worker process if
 * there is one (docs/adr/0030).
 */
export const lanes = { reactions, mail, projections } as const;
export type Lane = keyof typeof lanes;

/** Everything the dispatcher delivers to, in this order. */
export const subscribers: Subscriber[] = [...reactions, ...mail, ...projections];
