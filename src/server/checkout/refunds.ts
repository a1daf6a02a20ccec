// Refunds (checkout's part): a refund is recorded with the order's change in one transaction,
// then settled through the payment port with the refund's id as the idempotency key — a retry,
// a crash between the two, or the retry job calling again gives back the money once.
import { transaction, type UnitOfWork } from "@/server/platform/unit-of-work";
import { DomainError, notFound } from "@/server/platform/errors";
import { metadataFor, type Actor } from "@/server/platform/metadata";
import { addJob } from "@/server/platform/jobs";
import { appendToStream, appendToStreams } from "@/server/eventlog";
import type { OrderStatus } from "./model/order";
import type { RefundPolicyInput } from "./model/refund-policy";
import {
  addRefunded,
  findOrderForRefund,
  findPayment,
  lockOrder,
  moveOrders,
  setOrderStatus,
} from "./infrastructure/orders-repo";
import {
  findRefund,
  findRefundPolicy,
  insertRefund,
  lockRefund,
  markRefundSucceeded,
  upsertRefundPolicy,
} from "./infrastructure/refunds-repo";
import { paymentProvider } from "./infrastructure/payment-port";
import type { CheckoutEvent, OrderStateFacts } from "./events";

/** Order states after payment that follow what was delivered and refunded. */
const AFTER_PAYMENT: OrderStatus[] = [
  "paid",
  "fulfilled",
  "partially_fulfilled",
  "partially_refunded",
  "refunded",
];
type FollowedState = "fulfilled" | "partially_fulfilled" | "partially_refunded" | "refunded";
type OrderStateEvent = Extract<
  CheckoutEvent,
  { type: "OrderFulfilled" | "OrderPartiallyFulfilled" | "OrderPartiallyRefunded" | "OrderRefunded" }
>;
const STATE_EVENT = {
  fulfilled: "OrderFulfilled",
  partially_fulfilled: "OrderPartiallyFulfilled",
  partially_refunded: "OrderPartiallyRefunded",
  refunded: "OrderRefunded",
} as const satisfies Record<FollowedState, OrderStateEvent["type"]>;

/** The event of the state an order moved to; a whole refund item by item names no single amount. */
function stateEvent(state: FollowedState, facts: OrderStateFacts): OrderStateEvent {
  const payload = { ...facts, reason: "items" as const };
  if (state === "refunded")
    return { type: STATE_EVENT[state], payload: { ...payload, amount: null, refundRef: null } };
  return { type: STATE_EVENT[state], payload };
}

/**
 * The order's state follows its fulfillment (and refunds): set it, with its event, when it moves.
 * Idempotent; a pending, cancelled or expired order is left alone.
 */
export async function followFulfillment(
  uow: UnitOfWork,
  actor: Actor,
  brandId: string,
  orderId: string,
  state: FollowedState,
): Promise<void> {
  const order = await lockOrder(uow, orderId);
  if (
    !order ||
    order.brandId !== brandId ||
    !AFTER_PAYMENT.includes(order.status as OrderStatus) ||
    order.status === state
  )
    return;
  await setOrderStatus(uow, orderId, state);
  await appendToStream<CheckoutEvent>(
    uow,
    `order-${orderId}`,
    "any",
    [
      stateEvent(state, {
        orderId,
        reference: order.reference,
        eventId: order.eventId,
        buyerEmail: order.buyerEmail,
        buyerName: order.buyerName,
        currency: order.currency,
      }),
    ],
    metadataFor(actor, order.brandId, orderId),
  );
}

/**
 * followFulfillment for a batch of orders (a rush's paid orders), in the caller's transaction:
 * one statement moves every order that moves, one more appends their events.
 */
export async function followFulfillments(
  uow: UnitOfWork,
  actor: Actor,
  orders: { brandId: string; orderId: string; state: FollowedState }[],
): Promise<void> {
  const moved = await moveOrders(
    uow,
    orders.map((o) => ({ brandId: o.brandId, orderId: o.orderId, status: o.state })),
    AFTER_PAYMENT,
  );
  await appendToStreams<CheckoutEvent>(
    uow,
    moved.map((o) => ({
      streamId: `order-${o.id}`,
      expectedVersion: "any",
      events: [
        stateEvent(o.status as FollowedState, {
          orderId: o.id,
          reference: o.reference,
          eventId: o.event_id,
          buyerEmail: o.buyer_email,
          buyerName: o.buyer_name,
          currency: o.currency,
        }),
      ],
      metadata: metadataFor(actor, o.brand_id, o.id),
    })),
  );
}

/** The paid order a refund is for, locked: its succeeded payment, currency and event. */
export async function orderToRefund(uow: UnitOfWork, brandId: string, orderId: string) {
  const order = await lockOrder(uow, orderId);
  if (!order || order.brandId !== brandId) throw notFound("This order does not exist.");
  if (!AFTER_PAYMENT.includes(order.status as OrderStatus) || order.status === "paid")
    throw new DomainError(
      "Conflict",
      order.status === "paid"
        ? "This order is still being fulfilled; try again in a moment."
        : "Only paid orders can be refunded.",
    );
  const payment = (await findOrderForRefund(orderId, uow))?.payments.find((p) => p.status === "succeeded");
  if (!payment) throw new DomainError("Conflict", "This order has no payment to refund.");
  return { order, payment };
}

/** RecordRefund: money owed back for some items; settled right after commit (and retried by a job). */
export async function recordRefund(
  uow: UnitOfWork,
  actor: Actor,
  r: {
    refundId: string;
    brandId: string;
    orderId: string;
    paymentId: string;
    amount: number;
    fee: number;
    currency: string;
    reason: string;
    items: string[];
  },
) {
  await insertRefund(uow, {
    id: r.refundId,
    brandId: r.brandId,
    orderId: r.orderId,
    paymentId: r.paymentId,
    amountMinor: r.amount,
    feeMinor: r.fee,
    currency: r.currency,
    reason: r.reason,
    requestedBy: actor.label,
  });
  await appendToStream<CheckoutEvent>(
    uow,
    `order-${r.orderId}`,
    "any",
    [
      {
        type: "RefundRequested",
        payload: {
          refundId: r.refundId,
          orderId: r.orderId,
          amount: r.amount,
          fee: r.fee,
          currency: r.currency,
          reason: r.reason,
          items: r.items,
        },
      },
    ],
    metadataFor(actor, r.brandId, r.orderId),
  );
  await addJob(
    uow,
    "settle-refund",
    { refundId: r.refundId },
    { runAt: new Date(Date.now() + 60_000), jobKey: `settle-refund:${r.refundId}` },
  );
}

/** SettleRefund: give the money back through the payment port, once. */
export async function settleRefund(
  refundId: string,
  now: Date,
  actor: Actor,
): Promise<{ status: "succeeded" | "pending" }> {
  const refund = await findRefund(refundId);
  if (!refund) throw notFound("This refund does not exist.");
  if (refund.status === "succeeded") return { status: "succeeded" };
  let providerRef: string | null = null;
  if (refund.amountMinor > 0) {
    const payment = await findPayment(refund.paymentId);
    if (!payment) throw notFound("This payment does not exist.");
    // Paid at the box office: the money goes back over the counter; nothing to ask a provider.
    if (payment.provider.startsWith("box_office")) providerRef = `${payment.provider}:refund`;
    else
      ({ refundRef: providerRef } = await (
        await paymentProvider()
      ).refund({
        providerRef: payment.providerRef ?? payment.id,
        amount: refund.amountMinor,
        currency: refund.currency,
        idempotencyKey: `refund:${refundId}`,
      }));
  }
  return transaction(async (tx) => {
    const locked = await lockRefund(tx, refundId);
    if (!locked || locked.status === "succeeded") return { status: "succeeded" as const };
    await markRefundSucceeded(tx, refundId, providerRef, now);
    await addRefunded(tx, locked.paymentId, locked.amountMinor);
    await appendToStream<CheckoutEvent>(
      tx,
      `order-${locked.orderId}`,
      "any",
      [
        {
          type: "RefundSettled",
          payload: {
            refundId,
            orderId: locked.orderId,
            amount: locked.amountMinor,
            currency: locked.currency,
            providerRef,
          },
        },
      ],
      metadataFor(actor, locked.brandId, locked.orderId),
    );
    return { status: "succeeded" as const };
  });
}

export async function refundPolicyOf(brandId: string) {
  const p = await findRefundPolicy(brandId);
  return p
    ? {
        fanRefunds: p.fanRefunds,
        cutoffHours: p.cutoffHours,
        feePercentBp: p.feePercentBp,
        feeFixedMinor: p.feeFixedMinor,
      }
    : { fanRefunds: false, cutoffHours: 48, feePercentBp: 0, feeFixedMinor: 0 };
}

/** SetRefundPolicy: `input` as refundPolicyInput parsed it at the edge. */
export async function setRefundPolicy(brandId: string, input: RefundPolicyInput): Promise<void> {
  await upsertRefundPolicy(brandId, {
    fanRefunds: input.fanRefunds,
    cutoffHours: input.cutoffHours,
    feePercentBp: Math.round(input.feePercent * 100),
    feeFixedMinor: Math.round(input.feeFixed * 100),
  });
}
