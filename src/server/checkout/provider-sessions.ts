// Turning what a payment provider says into settled payments. SettleWithSession: a provider's
// session says a payment succeeded, failed or expired. It may settle the payment only if it is the
// session created for it, for its amount, in its currency, for its brand (model/payment-match.ts).
// The webhook, the return page, reconciliation and the hold's end all come through here; anything
// else is refused AND recorded on the order's stream (PaymentMismatched: the brand's audit log and
// the order's history show it) with a warning in the log, so an organizer or operator can look at
// the money Stripe really took.
import { transaction } from "@/server/platform/unit-of-work";
import { notFound } from "@/server/platform/errors";
import { metadataFor, type Actor } from "@/server/platform/metadata";
import { log } from "@/server/platform/log";
import { appendToStream } from "@/server/eventlog";
import { MISMATCH_WORDS, mismatchesOf } from "./model/payment-match";
import type { MismatchReason, ProviderSession } from "./model/payment-match";
import {
  findPayment,
  findPaymentByRef,
  lockOrder,
  mismatchesRecorded,
  pendingPaymentForHold,
  pendingPaymentsOlderThan,
} from "./infrastructure/orders-repo";
import { paymentProvider } from "./infrastructure/payment-port";
import { confirmPayment, expirePayment } from "./commands";
import type { CheckoutEvent } from "./events";

export type SessionOutcome = "succeeded" | "failed" | "expired";
export type SettledWithSession = { orderId: string; status: string; refused: MismatchReason[] | null };

export async function settleWithSession(
  paymentId: string,
  outcome: SessionOutcome,
  session: ProviderSession,
  now: Date,
  actor: Actor,
): Promise<SettledWithSession> {
  const p = await findPayment(paymentId);
  if (!p) throw notFound("This payment does not exist.");
  const stored = {
    paymentId: p.id,
    orderId: p.orderId,
    brandId: p.order.brandId,
    provider: p.provider,
    providerRef: p.providerRef,
    amount: p.amountMinor,
    currency: p.currency,
  };
  const reasons = mismatchesOf(stored, session);
  if (reasons.length > 0) {
    const status = await recordMismatch(stored, session, reasons, actor);
    return { orderId: p.orderId, status, refused: reasons };
  }
  const settled =
    outcome === "expired"
      ? await expirePayment(paymentId, now, actor)
      : await confirmPayment(paymentId, outcome, now, actor);
  return { ...settled, refused: null };
}

/** Append PaymentMismatched once per session and reasons (reconciliation asks again every run). */
async function recordMismatch(
  stored: { paymentId: string; orderId: string; brandId: string; amount: number; currency: string },
  session: ProviderSession,
  reasons: MismatchReason[],
  actor: Actor,
): Promise<string> {
  const code = reasons.join(", ");
  const fields = {
    paymentId: stored.paymentId,
    orderId: stored.orderId,
    sessionId: session.sessionId,
    reasons: code,
    source: actor.label,
  };
  return transaction(async (tx) => {
    const order = await lockOrder(tx, stored.orderId);
    if (!order) throw notFound("This order does not exist.");
    const known = await mismatchesRecorded(tx, order.id);
    if (known.some((m) => m.sessionId === session.sessionId && m.code === code)) {
      log.info(fields, "payment session refused again (already recorded)");
      return order.status;
    }
    const payload = {
      orderId: order.id,
      paymentId: stored.paymentId,
      reference: order.reference,
      eventId: order.eventId,
      sessionId: session.sessionId,
      reasons,
      code,
      description: reasons.map((r) => MISMATCH_WORDS[r]).join("; "),
      source: actor.label,
      expected: { amount: stored.amount, currency: stored.currency },
      received: { amount: session.amount, currency: session.currency },
    };
    const meta = metadataFor(actor, order.brandId, order.id);
    await appendToStream<CheckoutEvent>(
      tx,
      `order-${order.id}`,
      "any",
      [{ type: "PaymentMismatched", payload }],
      meta,
    );
    const money = { expected: payload.expected, received: payload.received };
    log.warn({ ...fields, ...money }, "payment session refused: it does not match the payment");
    return order.status;
  });
}

/** The payment a provider's reference (a Stripe Checkout Session id) belongs to. */
export async function paymentIdForProviderRef(providerRef: string): Promise<string | null> {
  return (await findPaymentByRef(providerRef))?.id ?? null;
}

/**
 * The payment a session claims to settle: the one its metadata names, if that exists, else the one
 * stored for its id. Either way settleWithSession then checks that the two agree. Null: not ours.
 */
export async function paymentClaimedBy(session: ProviderSession): Promise<string | null> {
  const named = session.paymentId ? await findPayment(session.paymentId) : null;
  return named?.id ?? (await paymentIdForProviderRef(session.sessionId));
}

/**
 * The fan came back from the provider: ask it how the payment stands and settle through the
 * same matching and idempotent confirmPayment the webhook uses — whichever arrives first wins.
 */
export async function settleFromProvider(
  paymentId: string,
  now: Date,
  actor: Actor,
): Promise<{ orderId: string; status: string }> {
  const p = await findPayment(paymentId);
  if (!p) throw notFound("This payment does not exist.");
  const unchanged = { orderId: p.orderId, status: p.order.status };
  // An expired payment is asked about too: the fan may have paid while we expired it.
  if ((p.status !== "pending" && p.status !== "expired") || !p.providerRef) return unchanged;
  const { state, session } = await (await paymentProvider()).lookup(p.providerRef);
  if (!session) return unchanged;
  if (state === "paid") return settleWithSession(paymentId, "succeeded", session, now, actor);
  if (state === "failed") return settleWithSession(paymentId, "failed", session, now, actor);
  if (state === "expired" && p.status === "pending") {
    return settleWithSession(paymentId, "expired", session, now, actor);
  }
  return unchanged;
}

/**
 * The hold behind a pending order ended: end its checkout at the provider too, then expire it —
 * unless the provider says the fan paid in time (with the right session, amount and currency),
 * in which case the payment is confirmed.
 */
export async function expirePaymentForHold(holdId: string, now: Date, actor: Actor): Promise<void> {
  const p = await pendingPaymentForHold(holdId);
  if (!p) return;
  if (p.providerRef) {
    const provider = await paymentProvider();
    await provider.expire(p.providerRef);
    const { state, session } = await provider.lookup(p.providerRef);
    if (state === "paid" && session) {
      const settled = await settleWithSession(p.id, "succeeded", session, now, actor);
      if (!settled.refused) return;
    }
  }
  await expirePayment(p.id, now, actor);
}

/**
 * Reconciliation: payments pending longer than `olderThanMs` are asked about — a webhook that
 * never came must not leave a paid order unconfirmed.
 */
export async function reconcilePendingPayments(
  now: Date,
  olderThanMs: number,
  actor: Actor,
): Promise<{ checked: number }> {
  const pending = await pendingPaymentsOlderThan(new Date(now.getTime() - olderThanMs), now);
  for (const p of pending) {
    const holdEnded = !!p.order.holdExpiresAt && p.order.holdExpiresAt <= now;
    if (p.providerRef) await settleFromProvider(p.id, now, actor);
    else if (p.status === "pending" && holdEnded) await expirePayment(p.id, now, actor);
  }
  return { checked: pending.length };
}
