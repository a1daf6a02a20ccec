import { transaction, type StatementPart, type UnitOfWork } from "@/server/platform/unit-of-work";
import { newId } from "@/server/platform/ids";
import { invalid, notFound } from "@/server/platform/errors";
import { metadataFor, type Actor } from "@/server/platform/metadata";
import { appendToStream, type EventMetadata, type NewStream } from "@/server/eventlog";
import { decideCancel, decideConfirmPayment, shipsSomething, type ShippingAddress } from "./model/order";
import type { OrderLineFact } from "./events";
import { config, holdMillis } from "@/server/platform/config";
import {
  addRefunded,
  findOrderForRefund,
  findPayment,
  insertOrder,
  lockOrder,
  orderStatement,
  type NewOrderRecord,
  markPaymentExpired,
  recordCheckout,
  setOrderStatus,
  settlePayment,
} from "./infrastructure/orders-repo";
import { paymentProvider } from "./infrastructure/payment-port";
import { detachOrder } from "./infrastructure/carts-repo";
import type { CheckoutEvent, OrderPlaced } from "./events";

export type NewOrder = {
  orderId: string;
  reference: string;
  brandId: string;
  eventId: string;
  holdId: string;
  buyer: { name: string; email: string; address?: ShippingAddress | null };
  /** Names for the tickets, per line (aligned with `lines`), where the event asks for them. */
  attendeesByLine?: string[][];
  currency: string;
  subtotal: number;
  discount: number;
  tax: number;
  total: number;
  promoCode: string | null;
  quote: unknown;
  holdExpiresAt: Date;
  /** Where the fan bought: "shop", "embed:<origin>" or "box_office". */
  channel?: string;
  /**
   * Who takes the money: the configured provider, unless staff took it at the box office ("box_office:cash").
   */
  provider?: string;
  /** The language the fan bought in (a shipped code); the e-mails about the order speak it. */
  language?: string;
  lines: Omit<OrderLineFact, "lineId">[];
};

/** PlaceOrder: a pending order for a held cart, with its locked quote, and a payment to start. */
export async function placeOrder(
  uow: UnitOfWork,
  meta: EventMetadata,
  o: NewOrder,
): Promise<{ paymentId: string; provider: string }> {
  const { record, payment, placed } = orderToPlace(o);
  await insertOrder(uow, record, payment);
  await appendToStream<CheckoutEvent>(uow, `order-${o.orderId}`, 0, [placed], meta);
  return { paymentId: payment.id, provider: payment.provider };
}

/**
 * PlaceOrder as parts of one statement (docs/adr/0023): the order, its lines and its payment,
 * and OrderPlaced as a new stream, written when the caller's writeTogether does.
 */
export function placeOrderAtOnce(o: NewOrder): {
  paymentId: string;
  provider: string;
  parts: StatementPart[];
  streams: NewStream[];
} {
  const { record, payment, placed } = orderToPlace(o);
  return {
    paymentId: payment.id,
    provider: payment.provider,
    parts: orderStatement(record, payment),
    streams: [{ streamId: `order-${o.orderId}`, events: [placed] }],
  };
}

/** The order's row, its payment's and its OrderPlaced event, refused if merch has no address. */
function orderToPlace(o: NewOrder) {
  const provider = o.provider ?? config().PAYMENT_PROVIDER;
  const paymentId = newId("pay_");
  const lines = o.lines.map((l) => ({ lineId: newId("oln_"), ...l }));
  // Merch needs somewhere to go; an order without any keeps no address.
  const ships = shipsSomething(o.lines);
  if (ships && !o.buyer.address)
    throw invalid("Enter the shipping address for your merch.", { field: "buyer.address.line1" });
  const record: NewOrderRecord = {
    id: o.orderId,
    brandId: o.brandId,
    eventId: o.eventId,
    reference: o.reference,
    buyerName: o.buyer.name,
    buyerEmail: o.buyer.email,
    holdId: o.holdId,
    holdExpiresAt: o.holdExpiresAt,
    subtotalMinor: o.subtotal,
    discountMinor: o.discount,
    taxMinor: o.tax,
    totalMinor: o.total,
    currency: o.currency,
    promoCode: o.promoCode,
    quote: o.quote,
    shippingAddress: ships ? o.buyer.address! : null,
    attendeeNames: Object.fromEntries(
      lines
        .map((l, i) => [l.lineId, o.attendeesByLine?.[i] ?? []])
        .filter(([, names]) => (names?.length ?? 0) > 0),
    ),
    channel: o.channel ?? "shop",
    language: o.language ?? "en",
    lines,
  };
  const placed: OrderPlaced = {
    type: "OrderPlaced",
    payload: {
      orderId: o.orderId,
      reference: o.reference,
      eventId: o.eventId,
      channel: o.channel ?? "shop",
      holdId: o.holdId,
      buyerName: o.buyer.name,
      buyerEmail: o.buyer.email,
      total: o.total,
      currency: o.currency,
      promoCode: o.promoCode,
      lines,
    },
  };
  return { record, payment: { id: paymentId, provider }, placed };
}

/**
 * StartPayment: ask the provider for a checkout (Stripe: a Checkout Session, created with an
 * idempotency key) and remember where the fan pays. Asking again returns the same checkout.
 */
export async function startPayment(
  paymentId: string,
  urls: { returnUrl: string; cancelUrl: string },
): Promise<{ redirectUrl: string }> {
  const p = await findPayment(paymentId);
  if (!p) throw notFound("This payment does not exist.");
  if (p.checkoutUrl) return { redirectUrl: p.checkoutUrl };
  return startNewPayment(
    {
      paymentId,
      orderId: p.orderId,
      brandId: p.order.brandId,
      reference: p.order.reference,
      amount: p.amountMinor,
      currency: p.currency,
      buyerEmail: p.order.buyerEmail,
      holdExpiresAt: p.order.holdExpiresAt ?? new Date(Date.now() + holdMillis()),
    },
    urls,
  );
}

/**
 * StartPayment for the payment an order was just placed with: the caller knows it (no checkout
 * asked for yet), so it is not read back first — one query fewer per purchase in a rush.
 */
export async function startNewPayment(
  p: {
    paymentId: string;
    orderId: string;
    brandId: string;
    reference: string;
    amount: number;
    currency: string;
    buyerEmail: string;
    holdExpiresAt: Date;
  },
  urls: { returnUrl: string; cancelUrl: string },
): Promise<{ redirectUrl: string }> {
  const { paymentId } = p;
  if (p.amount === 0) {
    // Nothing to pay (a 100 % code): no provider, the order is confirmed at once.
    await confirmPayment(paymentId, "succeeded", new Date(), { kind: "system", label: "payment:free" });
    return { redirectUrl: urls.returnUrl };
  }
  const provider = await paymentProvider();
  const started = await provider.start({
    paymentId,
    orderId: p.orderId,
    brandId: p.brandId,
    reference: p.reference,
    amount: p.amount,
    currency: p.currency,
    description: `Order ${p.reference}`,
    buyerEmail: p.buyerEmail,
    holdExpiresAt: p.holdExpiresAt,
    returnUrl: urls.returnUrl,
    cancelUrl: urls.cancelUrl,
  });
  await recordCheckout(paymentId, {
    providerRef: started.providerRef,
    checkoutUrl: started.redirectUrl,
    expiresAt: started.expiresAt,
  });
  return { redirectUrl: started.redirectUrl };
}

/**
 * ExpirePayment: the fan can no longer pay this (the provider's session expired, or the hold
 * ended). A pending order is cancelled, which releases its hold. Idempotent.
 */
export async function expirePayment(
  paymentId: string,
  now: Date,
  actor: Actor,
): Promise<{ orderId: string; status: string }> {
  return transaction(async (tx) => {
    const payment = await findPayment(paymentId, tx);
    if (!payment) throw notFound("This payment does not exist.");
    const order = await lockOrder(tx, payment.orderId);
    if (!order) throw notFound("This order does not exist.");
    if (!(await markPaymentExpired(tx, paymentId, now)) || order.status !== "pending")
      return { orderId: order.id, status: order.status };
    await setOrderStatus(tx, order.id, "expired");
    await appendToStream<CheckoutEvent>(
      tx,
      `order-${order.id}`,
      "any",
      [
        { type: "PaymentExpired", payload: { orderId: order.id, paymentId, reference: order.reference } },
        {
          type: "OrderCancelled",
          payload: {
            orderId: order.id,
            reference: order.reference,
            eventId: order.eventId,
            holdId: order.holdId,
            reason: "expired",
          },
        },
      ],
      metadataFor(actor, order.brandId, order.id),
    );
    return { orderId: order.id, status: "expired" };
  });
}

/**
 * ConfirmPayment — called by the provider's webhook and by the fan's return page alike.
 * Idempotent: whichever comes first pays the order; the other changes nothing.
 */
export async function confirmPayment(
  paymentId: string,
  outcome: "succeeded" | "failed",
  now: Date,
  actor: Actor,
): Promise<{ orderId: string; status: string }> {
  return transaction(async (tx) => {
    const payment = await findPayment(paymentId, tx);
    if (!payment) throw notFound("This payment does not exist.");
    const order = await lockOrder(tx, payment.orderId);
    if (!order) throw notFound("This order does not exist.");
    const settled = await settlePayment(tx, paymentId, outcome, now);
    if (!settled) return { orderId: order.id, status: order.status };
    const meta = metadataFor(actor, order.brandId, order.id);
    if (outcome === "failed") {
      // A failed payment ends this order: its hold goes back, and the fan starts a new one.
      const events: CheckoutEvent[] = [
        { type: "PaymentFailed", payload: { orderId: order.id, paymentId, reference: order.reference } },
      ];
      if (order.status !== "pending") {
        await appendToStream<CheckoutEvent>(tx, `order-${order.id}`, "any", events, meta);
        return { orderId: order.id, status: order.status };
      }
      await setOrderStatus(tx, order.id, "cancelled");
      // From a cart, the fan goes back to it with the hold intact; otherwise the hold is released.
      const keepHold = await detachOrder(tx, order.id);
      await appendToStream<CheckoutEvent>(
        tx,
        `order-${order.id}`,
        "any",
        [
          ...events,
          {
            type: "OrderCancelled",
            payload: {
              orderId: order.id,
              reference: order.reference,
              eventId: order.eventId,
              holdId: order.holdId,
              reason: "payment_failed",
              keepHold,
            },
          },
        ],
        meta,
      );
      return { orderId: order.id, status: "cancelled" };
    }
    const paid = decideConfirmPayment(order.status, {
      orderId: order.id,
      reference: order.reference,
      eventId: order.eventId,
      holdId: order.holdId,
      buyerName: order.buyerName,
      buyerEmail: order.buyerEmail,
      total: order.totalMinor,
      currency: order.currency,
      paymentId,
      lines: order.lines,
      attendees: order.attendeeNames,
    });
    if (paid.length === 0) return { orderId: order.id, status: order.status };
    await setOrderStatus(tx, order.id, "paid", now);
    await appendToStream<CheckoutEvent>(tx, `order-${order.id}`, "any", paid, meta);
    return { orderId: order.id, status: "paid" };
  });
}

/**
 * CancelOrder (an organizer, for a pending order): its payment can no longer be made — the
 * provider's checkout is ended too — and its hold is released.
 */
export async function cancelOrder(actor: Actor, brandId: string, orderId: string, now: Date): Promise<void> {
  const refs = await transaction(async (tx) => {
    const order = await lockOrder(tx, orderId);
    if (!order || order.brandId !== brandId) throw notFound("This order does not exist.");
    const cancelled = decideCancel(order.status, {
      orderId,
      reference: order.reference,
      eventId: order.eventId,
      holdId: order.holdId,
      reason: "organizer",
    });
    const payments =
      (await findOrderForRefund(orderId, tx))?.payments.filter((p) => p.status === "pending") ?? [];
    for (const p of payments) await markPaymentExpired(tx, p.id, now);
    await setOrderStatus(tx, orderId, "cancelled");
    await appendToStream<CheckoutEvent>(
      tx,
      `order-${orderId}`,
      "any",
      cancelled,
      metadataFor(actor, brandId, orderId),
    );
    return payments.map((p) => p.providerRef).filter((r): r is string => !!r);
  });
  if (refs.length) {
    const provider = await paymentProvider();
    for (const ref of refs)
      await provider
        .expire(ref)
        .catch((e) => console.error("[cancel] could not end the provider's checkout", e));
  }
}

/**
 * RefundUnavailableOrder: the payment arrived after the hold ended and the units were gone.
 * The whole amount goes back through the payment port (once: an idempotency key), and the order
 * says so. Idempotent.
 */
export async function refundUnavailableOrder(
  orderId: string,
  now: Date,
  actor: Actor,
): Promise<{ refunded: boolean }> {
  const order = await findOrderForRefund(orderId);
  if (!order || order.status !== "paid") return { refunded: false };
  const payment = order.payments.find((p) => p.status === "succeeded");
  if (!payment) return { refunded: false };
  const provider = await paymentProvider();
  const { refundRef } =
    payment.providerRef || provider.name === "local"
      ? await provider.refund({
          providerRef: payment.providerRef ?? payment.id,
          amount: payment.amountMinor,
          currency: payment.currency,
          idempotencyKey: `refund-unavailable:${orderId}`,
        })
      : { refundRef: null };
  return transaction(async (tx) => {
    const locked = await lockOrder(tx, orderId);
    if (!locked || locked.status !== "paid") return { refunded: false };
    await setOrderStatus(tx, orderId, "refunded");
    await addRefunded(tx, payment.id, payment.amountMinor);
    await appendToStream<CheckoutEvent>(
      tx,
      `order-${orderId}`,
      "any",
      [
        {
          type: "OrderRefunded",
          payload: {
            orderId,
            reference: locked.reference,
            eventId: locked.eventId,
            amount: payment.amountMinor,
            currency: payment.currency,
            reason: "sold_out_after_hold_expired",
            refundRef,
            buyerEmail: locked.buyerEmail,
            buyerName: locked.buyerName,
          },
        },
      ],
      metadataFor(actor, locked.brandId, orderId),
    );
    return { refunded: true };
  });
}
