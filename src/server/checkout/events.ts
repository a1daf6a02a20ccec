import type { DomainEvent } from "@/server/eventlog";
import type { MismatchReason } from "./model/payment-match";

/** One line of an order as placed: what, how many, its price, and for a bundle the fan's choices and how its total splits across components. */
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
  /** Bundles: what one unit contains, as the fan chose it (fulfillment issues tickets for the ticket parts). */
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
export type OrderRefunded = DomainEvent<
  "OrderRefunded",
  {
    orderId: string;
    reference: string;
    eventId: string;
    amount: number;
    currency: string;
    reason: string;
    refundRef: string | null;
    buyerEmail: string;
    buyerName: string;
  }
>;
export type CheckoutEvent =
  | OrderRefunded
  | OrderPlaced
  | OrderPaid
  | PaymentFailed
  | PaymentExpired
  | PaymentMismatched
  | OrderCancelled;
