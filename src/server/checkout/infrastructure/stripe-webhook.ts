// Stripe's webhook: verify the signature on the raw body, then turn Checkout Session events
// into the same idempotent commands the return page and the hold expiry use.
//
// Stripe delivers at least once, in any order, and retries for days on a non-2xx answer. So:
// every command here is idempotent (a duplicate or late delivery changes nothing); an event we
// understand but cannot act on (unknown payment, a refused transition) is answered 200, since
// retrying won't help; only an unexpected failure (database down…) is answered 500 to be retried.
//
// A session is only trusted for the payment it was created for: settleWithSession matches its id,
// amount, currency and brand to the stored payment. A mismatch is refused, recorded on the order
// and answered 200 — the signed payload would be the same on every retry, and a failing endpoint
// only gets disabled by Stripe, which would lose the genuine deliveries (docs/adr/0014).
//
// This file is reachable from checkout's index.ts, so the SDK is imported lazily (types only
// at the top): the local test provider and code that never receives a webhook don't load it.
import type Stripe from "stripe";
import { config } from "@/server/platform/config";
import { isDomainError } from "@/server/platform/errors";
import type { Actor } from "@/server/platform/metadata";
import { log } from "@/server/platform/log";
import { paymentClaimedBy, settleWithSession, type SessionOutcome } from "../provider-sessions";
import { checkoutSessionSchema, sessionFacts } from "./stripe-session";
import { MISMATCH_WORDS } from "../model/payment-match";

export type WebhookReply = { status: number; body: string };

const actor: Actor = { kind: "system", label: "payment:stripe-webhook" };

type SessionEvent = Extract<
  Stripe.Event,
  {
    type:
      | "checkout.session.completed"
      | "checkout.session.async_payment_succeeded"
      | "checkout.session.async_payment_failed"
      | "checkout.session.expired";
  }
>;

function isSessionEvent(e: Stripe.Event): e is SessionEvent {
  return (
    e.type === "checkout.session.completed" ||
    e.type === "checkout.session.async_payment_succeeded" ||
    e.type === "checkout.session.async_payment_failed" ||
    e.type === "checkout.session.expired"
  );
}

export async function handleStripeWebhook(
  rawBody: string,
  signature: string | null,
  now: Date,
): Promise<WebhookReply> {
  const secret = config().STRIPE_WEBHOOK_SECRET;
  // Not configured here: answer with a retryable status, so events survive until it is.
  if (!secret) return { status: 503, body: "Stripe webhooks are not configured (STRIPE_WEBHOOK_SECRET)." };
  if (!signature) return { status: 400, body: "Missing Stripe-Signature header." };

  const { default: StripeSdk } = await import("stripe");
  let event: Stripe.Event;
  try {
    // The signature covers the exact bytes Stripe sent: verify the raw body, never a re-serialised one.
    // `now` is the receive time the timestamp tolerance (5 minutes) is checked against.
    event = StripeSdk.webhooks.constructEvent(
      rawBody,
      signature,
      secret,
      undefined,
      undefined,
      now.getTime(),
    );
  } catch (e) {
    log.warn({ err: e }, "stripe webhook: rejected a delivery (signature)");
    return { status: 400, body: "Invalid Stripe signature." };
  }

  try {
    return await apply(event, now);
  } catch (e) {
    if (isDomainError(e)) {
      log.warn({ type: event.type, event: event.id, reason: e.message }, "stripe webhook: ignored an event");
      return { status: 200, body: `Ignored: ${e.message}` };
    }
    log.error({ type: event.type, event: event.id, err: e }, "stripe webhook: failed; Stripe will retry");
    return { status: 500, body: "Could not process this event." };
  }
}

async function apply(event: Stripe.Event, now: Date): Promise<WebhookReply> {
  if (!isSessionEvent(event)) return { status: 200, body: `Ignored: ${event.type} is not handled.` };
  // Signed by Stripe, but read with a schema all the same: only the fields we rely on, bounded.
  const parsed = checkoutSessionSchema.safeParse(event.data.object);
  if (!parsed.success) {
    log.warn({ type: event.type, event: event.id }, "stripe webhook: a Checkout Session it cannot read");
    return { status: 200, body: "Ignored: not a Checkout Session this app can read." };
  }
  const session = sessionFacts(parsed.data);
  const paymentId = await paymentClaimedBy(session);
  if (!paymentId) {
    // Not one of ours (another integration on the same Stripe account): nothing to do, and a
    // non-2xx answer would only make Stripe retry it for days.
    const fields = { type: event.type, event: event.id, session: session.sessionId };
    log.warn(fields, "stripe webhook: no payment for this Checkout Session");
    return { status: 200, body: "Ignored: no payment for this Checkout Session." };
  }

  let outcome: SessionOutcome;
  switch (event.type) {
    case "checkout.session.completed": {
      // "unpaid": the fan chose an asynchronous method (SEPA debit…); async_payment_* follows.
      const paymentStatus = parsed.data.payment_status;
      const paid = paymentStatus === "paid" || paymentStatus === "no_payment_required";
      if (!paid) return { status: 200, body: "Payment is processing; waiting for its outcome." };
      outcome = "succeeded";
      break;
    }
    case "checkout.session.async_payment_succeeded":
      outcome = "succeeded";
      break;
    case "checkout.session.async_payment_failed":
      outcome = "failed";
      break;
    case "checkout.session.expired":
      outcome = "expired";
      break;
  }
  const result = await settleWithSession(paymentId, outcome, session, now, actor);
  if (result.refused) {
    const why = result.refused.map((r) => MISMATCH_WORDS[r]).join("; ");
    const body = `Refused and recorded: ${why}. Order ${result.orderId} is ${result.status}.`;
    return { status: 200, body };
  }
  return { status: 200, body: `Order ${result.orderId} is ${result.status}.` };
}
