// Stripe's webhook: verify the signature on the raw body, then turn Checkout Session events
// into the same idempotent commands the return page and the hold expiry use.
//
// Stripe delivers at least once, in any order, and retries for days on a non-2xx answer. So:
// every command here is idempotent (a duplicate or late delivery changes nothing); an event we
// understand but cannot act on (unknown payment, a refused transition) is answered 200, since
// retrying won't help; only an unexpected failure (database down…) is answered 500 to be retried.
//
// This file is reachable from checkout's index.ts, so the SDK is imported lazily (types only
// at the top): the local test provider and code that never receives a webhook don't load it.
import type Stripe from "stripe";
import { config } from "@/server/platform/config";
import { isDomainError } from "@/server/platform/errors";
import type { Actor } from "@/server/platform/metadata";
import { confirmPayment, expirePayment, paymentIdForProviderRef } from "../commands";

export type WebhookReply = { status: number; body: string };

const actor: Actor = { kind: "system", label: "payment:stripe-webhook" };

type SessionEvent = Extract<
  Stripe.Event,
  { type: "checkout.session.completed" | "checkout.session.async_payment_succeeded" | "checkout.session.async_payment_failed" | "checkout.session.expired" }
>;

function isSessionEvent(e: Stripe.Event): e is SessionEvent {
  return e.type === "checkout.session.completed" || e.type === "checkout.session.async_payment_succeeded" || e.type === "checkout.session.async_payment_failed" || e.type === "checkout.session.expired";
}

export async function handleStripeWebhook(rawBody: string, signature: string | null, now: Date): Promise<WebhookReply> {
  const secret = config().STRIPE_WEBHOOK_SECRET;
  // Not configured here: answer with a retryable status, so events survive until it is.
  if (!secret) return { status: 503, body: "Stripe webhooks are not configured (STRIPE_WEBHOOK_SECRET)." };
  if (!signature) return { status: 400, body: "Missing Stripe-Signature header." };

  const { default: StripeSdk } = await import("stripe");
  let event: Stripe.Event;
  try {
    // The signature covers the exact bytes Stripe sent: verify the raw body, never a re-serialised one.
    // `now` is the receive time the timestamp tolerance (5 minutes) is checked against.
    event = StripeSdk.webhooks.constructEvent(rawBody, signature, secret, undefined, undefined, now.getTime());
  } catch (e) {
    console.warn(`[stripe-webhook] rejected a delivery: ${(e as Error).message}`);
    return { status: 400, body: "Invalid Stripe signature." };
  }

  try {
    return await apply(event, now);
  } catch (e) {
    if (isDomainError(e)) {
      console.warn(`[stripe-webhook] ${event.type} ${event.id}: ${e.message}`);
      return { status: 200, body: `Ignored: ${e.message}` };
    }
    console.error(`[stripe-webhook] ${event.type} ${event.id} failed; Stripe will retry:`, e);
    return { status: 500, body: "Could not process this event." };
  }
}

async function apply(event: Stripe.Event, now: Date): Promise<WebhookReply> {
  if (!isSessionEvent(event)) return { status: 200, body: `Ignored: ${event.type} is not handled.` };
  const session = event.data.object;
  const paymentId = session.metadata?.paymentId || (await paymentIdForProviderRef(session.id));
  if (!paymentId) {
    // Not one of ours (another integration on the same Stripe account): nothing to do, and a
    // non-2xx answer would only make Stripe retry it for days.
    console.warn(`[stripe-webhook] ${event.type} ${event.id}: no payment for Checkout Session ${session.id}`);
    return { status: 200, body: "Ignored: no payment for this Checkout Session." };
  }

  let result: { orderId: string; status: string };
  switch (event.type) {
    case "checkout.session.completed":
      // "unpaid": the fan chose an asynchronous method (SEPA debit…); async_payment_* follows.
      if (session.payment_status !== "paid" && session.payment_status !== "no_payment_required") return { status: 200, body: "Payment is processing; waiting for its outcome." };
      result = await confirmPayment(paymentId, "succeeded", now, actor);
      break;
    case "checkout.session.async_payment_succeeded":
      result = await confirmPayment(paymentId, "succeeded", now, actor);
      break;
    case "checkout.session.async_payment_failed":
      result = await confirmPayment(paymentId, "failed", now, actor);
      break;
    case "checkout.session.expired":
      result = await expirePayment(paymentId, now, actor);
      break;
  }
  return { status: 200, body: `Order ${result.orderId} is ${result.status}.` };
}
