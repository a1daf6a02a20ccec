// The Stripe adapter of the payment port: the fan pays on a Stripe-hosted Checkout Session.
// Loaded only when PAYMENT_PROVIDER=stripe (payment-port.ts imports it on demand), so the
// local test provider and most tests never load the SDK.
import Stripe from "stripe";
import { config } from "@/server/platform/config";
import type { PaymentProvider, ProviderLookup, ProviderPaymentState } from "./payment-port";
import { checkoutSessionSchema, sessionFacts } from "./stripe-session";

/**
 * Stripe refuses a Checkout Session whose `expires_at` is less than 30 minutes after its
 * creation. We ask for at least 31 (a minute of slack for clock skew and retries).
 */
const MIN_SESSION_MS = 31 * 60_000;

/** The PaymentIntent of a completed session sits in one of these after its async payment failed. */
const FAILED_INTENT_STATES = new Set(["requires_payment_method", "canceled"]);

function stripeClient(): Stripe {
  const c = config();
  if (!c.STRIPE_SECRET_KEY) throw new Error("STRIPE_SECRET_KEY is not set; the Stripe adapter cannot start.");
  return new Stripe(c.STRIPE_SECRET_KEY, {
    // A failed or timed-out request (a 5xx, a 409, a dropped connection) is retried by the SDK
    // with the SAME Idempotency-Key, so Stripe performs it at most once.
    maxNetworkRetries: 2,
    timeout: 15_000,
    appInfo: { name: "Marquee" },
    // Tests point the SDK at a local stub of Stripe's HTTP API (src/test/stripe-stub.ts).
    ...(c.STRIPE_API_HOST ? { host: c.STRIPE_API_HOST } : {}),
    ...(c.STRIPE_API_PORT ? { port: c.STRIPE_API_PORT } : {}),
    ...(c.STRIPE_API_PROTOCOL ? { protocol: c.STRIPE_API_PROTOCOL } : {}),
  });
}

function stateOf(s: Stripe.Checkout.Session): ProviderPaymentState {
  if (s.payment_status === "paid" || s.payment_status === "no_payment_required") return "paid";
  if (s.status === "expired") return "expired";
  // A completed but unpaid session is an asynchronous payment (SEPA debit, bank transfer…)
  // still processing — unless its PaymentIntent went back to needing a payment method or
  // was cancelled: then the async payment failed (checkout.session.async_payment_failed).
  const intent = s.payment_intent;
  const intentFailed = !!intent && typeof intent !== "string" && FAILED_INTENT_STATES.has(intent.status);
  if (s.status === "complete" && intentFailed) return "failed";
  return "unpaid";
}

const intentId = (pi: string | Stripe.PaymentIntent | null): string | null =>
  pi === null ? null : typeof pi === "string" ? pi : pi.id;

export function createStripeProvider(): PaymentProvider {
  const stripe = stripeClient();
  return {
    name: "stripe",

    async start(p) {
      // The session should end with the hold behind the order, but Stripe's minimum is 30
      // minutes and our holds are shorter. So the session is created to live a little longer,
      // and our own hold expiry job (expirePaymentForHold) expires it at Stripe when the hold ends.
      // Rounded up to a 10-minute step, so a retry of the same create (same idempotency key)
      // sends the same parameters, which Stripe requires.
      const step = 10 * 60_000;
      const expiresAt = new Date(
        Math.max(p.holdExpiresAt.getTime(), Math.ceil(Date.now() / step) * step + MIN_SESSION_MS),
      );
      // The ids let a session be matched to its payment, order and brand (model/payment-match.ts).
      const metadata = {
        paymentId: p.paymentId,
        orderId: p.orderId,
        brandId: p.brandId,
        reference: p.reference,
      };
      const session = await stripe.checkout.sessions.create(
        {
          mode: "payment",
          line_items: [
            {
              quantity: 1,
              price_data: {
                currency: p.currency.toLowerCase(),
                unit_amount: p.amount,
                product_data: { name: p.description },
              },
            },
          ],
          customer_email: p.buyerEmail,
          client_reference_id: p.paymentId,
          metadata,
          payment_intent_data: { metadata },
          success_url: `${p.returnUrl}?session_id={CHECKOUT_SESSION_ID}`,
          cancel_url: p.cancelUrl,
          expires_at: Math.floor(expiresAt.getTime() / 1000),
        },
        // One payment, one session: a retried create returns the session made the first time.
        // (Stripe keeps keys for 24 hours and refuses a reused key with different parameters.)
        { idempotencyKey: `checkout-session:${p.paymentId}` },
      );
      if (!session.url) throw new Error(`Stripe returned Checkout Session ${session.id} without a URL.`);
      return {
        redirectUrl: session.url,
        providerRef: session.id,
        expiresAt: new Date(session.expires_at * 1000),
      };
    },

    async lookup(providerRef): Promise<ProviderLookup> {
      const s = await stripe.checkout.sessions.retrieve(providerRef, { expand: ["payment_intent"] });
      return { state: stateOf(s), session: sessionFacts(checkoutSessionSchema.parse(s)) };
    },

    async expire(providerRef) {
      try {
        await stripe.checkout.sessions.expire(providerRef);
      } catch (e) {
        // Stripe answers 400 invalid_request_error "Only Checkout Sessions with a status in
        // ["open"] can be expired…" for a session already complete or expired. It has no stable
        // error code, so instead of matching the wording we ask for the session's state.
        if (e instanceof Stripe.errors.StripeInvalidRequestError) {
          const s = await stripe.checkout.sessions.retrieve(providerRef);
          if (s.status === "complete" || s.status === "expired") return;
        }
        throw e;
      }
    },

    async refund(p) {
      const s = await stripe.checkout.sessions.retrieve(p.providerRef);
      const paymentIntent = intentId(s.payment_intent);
      if (!paymentIntent) throw new Error(`Checkout Session ${p.providerRef} has no payment to refund.`);
      if (s.currency && s.currency !== p.currency.toLowerCase())
        throw new Error(`Checkout Session ${p.providerRef} was paid in ${s.currency}, not ${p.currency}.`);
      const refund = await stripe.refunds.create(
        { payment_intent: paymentIntent, amount: p.amount },
        { idempotencyKey: p.idempotencyKey },
      );
      return { refundRef: refund.id };
    },
  };
}
