// The payment port. Adapters: the local test provider (here) and Stripe (stripe-adapter.ts),
// chosen by PAYMENT_PROVIDER. Stripe's SDK may only be imported by this folder.
import { config } from "@/server/platform/config";
import type { ProviderSession } from "../model/payment-match";

export type StartPayment = {
  paymentId: string;
  orderId: string;
  /** The brand selling: kept on the provider's session, so a session can be matched to its brand. */
  brandId: string;
  reference: string;
  amount: number;
  currency: string;
  description: string;
  buyerEmail: string;
  /** When the hold behind the order ends; the provider's session must not outlive it for long. */
  holdExpiresAt: Date;
  /** Where the provider sends the fan back: paid, or gave up. */
  returnUrl: string;
  cancelUrl: string;
};
export type ProviderPaymentState = "paid" | "unpaid" | "failed" | "expired";
/** The provider's answer: the state, and what its session says (to be matched to the payment). */
export type ProviderLookup = { state: ProviderPaymentState; session: ProviderSession | null };
export type PaymentProvider = {
  name: "local" | "stripe";
  /** Where the fan goes to pay, and the provider's id for this payment. */
  start(
    p: StartPayment,
  ): Promise<{ redirectUrl: string; providerRef: string | null; expiresAt: Date | null }>;
  /** What the provider says about a payment now (the return page and reconciliation ask). */
  lookup(providerRef: string): Promise<ProviderLookup>;
  /** End a payment the fan can no longer complete (its hold ended). Harmless if already ended. */
  expire(providerRef: string): Promise<void>;
  /** Give money back; the idempotency key makes a retried refund a single refund. */
  refund(p: {
    providerRef: string;
    amount: number;
    currency: string;
    idempotencyKey: string;
  }): Promise<{ refundRef: string }>;
};

/**
 * LOCAL TEST PROVIDER — for development and tests only. It sends the fan to a page in this
 * app, clearly labelled TEST MODE, whose Pay/Decline buttons settle the payment through the
 * same confirmPayment as a real provider. Production must set PAYMENT_PROVIDER explicitly.
 */
export const localTestProvider: PaymentProvider = {
  name: "local",
  async start(p) {
    return { redirectUrl: `/pay/test/${p.paymentId}`, providerRef: null, expiresAt: p.holdExpiresAt };
  },
  async lookup() {
    return { state: "unpaid", session: null };
  },
  async expire() {},
  async refund(p) {
    return { refundRef: `local-refund:${p.idempotencyKey}` };
  },
};

let stripeProvider: PaymentProvider | undefined;

export async function paymentProvider(): Promise<PaymentProvider> {
  if (config().PAYMENT_PROVIDER !== "stripe") return localTestProvider;
  if (!stripeProvider) {
    const { createStripeProvider } = await import("./stripe-adapter");
    stripeProvider = createStripeProvider();
  }
  return stripeProvider!;
}
