// Pure rule: does what the provider says about a checkout belong to the payment we stored?
// Every path that turns a provider's session into a settled payment (webhook, return page,
// reconciliation, hold expiry) asks this first; anything but an exact match is refused.

/** The payment as we stored it when its checkout was created. */
export type StoredPayment = {
  paymentId: string;
  orderId: string;
  brandId: string;
  /** Who takes this payment's money ("local", "stripe", "box_office:cash"…). */
  provider: string;
  /** The provider's id for its checkout (a Stripe Checkout Session id), null before one exists. */
  providerRef: string | null;
  amount: number;
  currency: string;
};

/** What the provider reports about one of its checkouts (a Stripe Checkout Session). */
export type ProviderSession = {
  provider: string;
  sessionId: string;
  /** From the metadata we put on the session; null where the provider lost or never had it. */
  paymentId: string | null;
  orderId: string | null;
  brandId: string | null;
  amount: number | null;
  currency: string | null;
};

export type MismatchReason = "provider" | "session" | "payment" | "order" | "brand" | "amount" | "currency";

/** Why a session was refused, in words an organizer or operator reads in the audit log. */
export const MISMATCH_WORDS: Record<MismatchReason, string> = {
  provider: "the payment was not made with this provider",
  session: "the session is not the one created for this payment",
  payment: "the session names another payment",
  order: "the session names another order",
  brand: "the session belongs to another brand",
  amount: "the amount paid differs from the order's total",
  currency: "the currency paid differs from the order's",
};

/** Every way `session` differs from `stored`; empty when it may settle the payment. */
export function mismatchesOf(stored: StoredPayment, session: ProviderSession): MismatchReason[] {
  const reasons: MismatchReason[] = [];
  if (stored.provider !== session.provider) reasons.push("provider");
  // A payment without a stored session never sent a fan to this provider: nothing of theirs can settle it.
  if (stored.providerRef === null || stored.providerRef !== session.sessionId) reasons.push("session");
  // Metadata may be missing (sessions made before a field existed); present and different is refused.
  if (session.paymentId !== null && session.paymentId !== stored.paymentId) reasons.push("payment");
  if (session.orderId !== null && session.orderId !== stored.orderId) reasons.push("order");
  if (session.brandId !== null && session.brandId !== stored.brandId) reasons.push("brand");
  if (session.amount !== stored.amount) reasons.push("amount");
  const currency = session.currency?.toUpperCase() ?? null;
  const sameCurrency = currency !== null && currency === stored.currency.toUpperCase();
  if (!sameCurrency) reasons.push("currency");
  return reasons;
}
