// Who reacts to which event. Handlers cross contexts, so they live here; each is idempotent
// because the dispatcher delivers at least once.
import { queueMail } from "@/server/platform/mail";
import { transaction } from "@/server/platform/unit-of-work";
import { latePaymentRefundMail, refundMail, shippedMail } from "@/server/platform/mail-templates";
import { clock } from "@/server/platform/clock";
import { log } from "@/server/platform/log";
import { auditTrail, type BatchSubscriber, type RecordedEvent, type Subscriber } from "@/server/eventlog";
import { languageOf } from "./ticket-documents";
import { orderNamesIn } from "./order-names";
import { byBrand, causedBy, eachAtOnce } from "./delivery";
import { orderLink, queueTicketsMail, queueTicketsMails } from "./tickets-mail";
import { fulfilPaidOrder, fulfilPaidOrders } from "./fulfil-paid-orders";
import * as checkout from "@/server/checkout";
import * as inventory from "@/server/inventory";
import * as fulfillment from "@/server/fulfillment";
import * as offering from "@/server/offering";
import * as distribution from "@/server/distribution";
import * as pricing from "@/server/pricing";
import * as insights from "@/server/insights";

/**
 * Orders fulfilled at once in a batch (each in its own transactions): see eachAtOnce. With the
 * dispatcher's pass (one connection) and the worker's other jobs (platform/jobs.ts), it stays
 * within the process's 10 pooled connections, so no handler waits for a connection.
 */
const FULFIL_AT_ONCE = 4;

/** Tickets e-mails read and queued together: a batch of a brand's orders. */
const MAILS_TOGETHER = 25;

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

/** A paid order's cart starts over; a rush's payments, a brand's batch in one statement. */
const emptyCartWhenPaid: BatchSubscriber<checkout.OrderPaid> = {
  name: "checkout:empty-cart-when-paid",
  purpose: "Empty the fan's cart after payment",
  handles: ["OrderPaid"],
  async handle(e) {
    await checkout.emptyCartsAfterPayment(e.metadata.brandId, [e.payload.orderId]);
  },
  async handleBatch(events) {
    const failures: { event: RecordedEvent<checkout.OrderPaid>; error: unknown }[] = [];
    for (const paid of byBrand(events))
      await checkout
        .emptyCartsAfterPayment(
          paid[0]!.metadata.brandId,
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
    const { look, attachments } = await distribution.brandMail(brand, locale);
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
  // A rush's e-mails: a brand's batch read and queued together; one that fails, each on its own.
  async handleBatch(events) {
    const rest: typeof events = [];
    for (const batch of byBrand(events, MAILS_TOGETHER))
      await queueTicketsMails(
        batch[0]!.metadata.brandId,
        batch.map((e) => ({
          orderId: e.payload.orderId,
          dedupeKey: `order-confirmation:${e.payload.orderId}`,
        })),
      ).catch((error: unknown) => {
        log.warn(
          { error, mails: batch.length },
          "a batch of tickets e-mails failed together; queueing each alone",
        );
        rest.push(...batch);
      });
    return eachAtOnce(rest, FULFIL_AT_ONCE, (e) => this.handle(e));
  },
};

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
    const { look, attachments } = await distribution.brandMail(brand, languageOf(order));
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
    const { look, attachments } = await distribution.brandMail(brand, languageOf(order));
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
