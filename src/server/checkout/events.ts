import type { DomainEvent, Upcaster } from "@/server/eventlog";
import type { MismatchReason } from "./model/payment-match";

/**
 * One line of an order as placed: what, how many, its price, and for a bundle the fan's choices and how its
 * total splits across components.
 */
export type OrderLineFact = {
  lineId: string;
  productId: string;
  productName: string;
  variantId: string | null;
  variantName: string | null;
  kind: string;
  quantity: number;
  unitPrice: number;
  discount: number;
  tax: number;
  total: number;
  selection: { optional: string[]; choices: Record<string, string> } | null;
  allocation: { componentId: string; amount: number; tax: number }[];
  /**
   * Bundles: what `allocation` was split by — the in-bundle or the stand-alone prices (docs/adr/0020);
   * fixed when placed. Absent from log entries written before it was kept.
   */
  allocationBasis?: "in_bundle" | "standalone" | null;
  /**
   * Bundles: what one unit contains, as the fan chose it (fulfillment issues tickets for the ticket parts).
   */
  components: {
    componentId: string;
    productId: string;
    productName: string;
    variantId: string | null;
    variantName: string | null;
    kind: string;
    quantity: number;
  }[];
};
export type OrderPlaced = DomainEvent<
  "OrderPlaced",
  {
    orderId: string;
    reference: string;
    eventId: string;
    /**
     * Where the fan bought: "shop", "embed:<origin>" or "box_office". Absent from entries written before it
     * was kept.
     */
    channel?: string;
    holdId: string;
    buyerName: string;
    buyerEmail: string;
    total: number;
    currency: string;
    promoCode: string | null;
    lines: OrderLineFact[];
  }
>;
export type OrderPaid = DomainEvent<
  "OrderPaid",
  {
    orderId: string;
    reference: string;
    eventId: string;
    holdId: string;
    buyerName: string;
    buyerEmail: string;
    total: number;
    currency: string;
    paymentId: string;
    lines: OrderLineFact[];
    attendees?: Record<string, string[]>;
  }
>;
export type PaymentFailed = DomainEvent<
  "PaymentFailed",
  { orderId: string; paymentId: string; reference: string }
>;
export type OrderCancelled = DomainEvent<
  "OrderCancelled",
  {
    orderId: string;
    reference: string;
    eventId: string;
    holdId: string;
    reason?: "expired" | "payment_failed" | "organizer";
    keepHold?: boolean;
  }
>;
export type PaymentExpired = DomainEvent<
  "PaymentExpired",
  { orderId: string; paymentId: string; reference: string }
>;
/**
 * A provider's session named this payment but did not match it (amount, currency, session, brand…):
 * it was refused and the payment stays as it was. `code` lists the reasons for the audit log.
 */
export type PaymentMismatched = DomainEvent<
  "PaymentMismatched",
  {
    orderId: string;
    paymentId: string;
    reference: string;
    eventId: string;
    sessionId: string;
    reasons: MismatchReason[];
    code: string;
    description: string;
    source: string;
    expected: { amount: number; currency: string };
    received: { amount: number | null; currency: string | null };
  }
>;
/**
 * The order's delivery and refund state moved (checkout follows fulfillment): the facts every such event
 * carries.
 */
export type OrderStateFacts = {
  orderId: string;
  reference: string;
  eventId: string;
  buyerEmail: string;
  buyerName: string;
  currency: string;
};
export type OrderFulfilled = DomainEvent<"OrderFulfilled", OrderStateFacts & { reason: "items" }>;
export type OrderPartiallyFulfilled = DomainEvent<
  "OrderPartiallyFulfilled",
  OrderStateFacts & { reason: "items" }
>;
export type OrderPartiallyRefunded = DomainEvent<
  "OrderPartiallyRefunded",
  OrderStateFacts & { reason: "items" }
>;
/**
 * The whole order is refunded: at once, because a payment came after its hold ended and the
 * units were gone (`amount` and the provider's `refundRef` given back), or item by item, the
 * last items now refunded (`amount` and `refundRef` null: each RefundSettled has its own).
 * One shape, every key always there; rows written before `amount` and `refundRef` were in the
 * item-by-item payload are upcast when read (`upcastOrderRefunded`).
 */
export type OrderRefunded = DomainEvent<
  "OrderRefunded",
  OrderStateFacts &
    (
      | { reason: "sold_out_after_hold_expired"; amount: number; refundRef: string | null }
      | { reason: "items"; amount: null; refundRef: null }
    )
>;
/** Money owed back for some items, recorded; the payment provider is asked right after commit. */
export type RefundRequested = DomainEvent<
  "RefundRequested",
  {
    refundId: string;
    orderId: string;
    amount: number;
    fee: number;
    currency: string;
    reason: string;
    /** The refunded items' labels. */
    items: string[];
  }
>;
/** The provider (or the box office counter) gave the money back. */
export type RefundSettled = DomainEvent<
  "RefundSettled",
  { refundId: string; orderId: string; amount: number; currency: string; providerRef: string | null }
>;
export type CheckoutEvent =
  | OrderPlaced
  | OrderPaid
  | PaymentFailed
  | PaymentExpired
  | PaymentMismatched
  | OrderCancelled
  | OrderFulfilled
  | OrderPartiallyFulfilled
  | OrderPartiallyRefunded
  | OrderRefunded
  | RefundRequested
  | RefundSettled;

/**
 * An OrderRefunded payload in the one shape: item-by-item rows written before it lack `amount` and
 * `refundRef`.
 */
export function upcastOrderRefunded(payload: Record<string, unknown>): Record<string, unknown> {
  return { ...payload, amount: payload.amount ?? null, refundRef: payload.refundRef ?? null };
}

/** Checkout's upcasters, by event type (handed to the event log by index.ts). */
export const checkoutUpcasters = { OrderRefunded: upcastOrderRefunded } satisfies Partial<
  Record<CheckoutEvent["type"], Upcaster>
>;
