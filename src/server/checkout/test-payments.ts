// The local TEST MODE provider's page (/pay/test/<payment>): one click pays, no money moves. It
// exists only while PAYMENT_PROVIDER=local, and only for payments made with that provider — a
// local payment left pending from before the switch to Stripe can no longer be settled there.
import { config } from "@/server/platform/config";
import { notFound } from "@/server/platform/errors";
import type { Actor } from "@/server/platform/metadata";
import { findPayment } from "./infrastructure/orders-repo";
import { localTestProvider } from "./infrastructure/payment-port";
import { confirmPayment } from "./commands";

const actor: Actor = { kind: "system", label: "payment:local-test-provider" };

/** A payment as the TEST MODE page shows it; NotFound unless TEST MODE may settle it. */
export async function testPayment(paymentId: string) {
  const p = await findPayment(paymentId);
  const open = config().PAYMENT_PROVIDER === localTestProvider.name && p?.provider === localTestProvider.name;
  if (!p || !open) throw notFound("This payment does not exist.");
  return {
    paymentId: p.id,
    status: p.status,
    amount: p.amountMinor,
    currency: p.currency,
    orderId: p.orderId,
    reference: p.order.reference,
    brandId: p.order.brandId,
    buyerEmail: p.order.buyerEmail,
  };
}

/** The TEST MODE page's Pay / Decline: the same idempotent confirmPayment as a real provider. */
export async function settleLocalTestPayment(paymentId: string, outcome: "succeeded" | "failed", now: Date) {
  const p = await testPayment(paymentId);
  const { orderId, status } = await confirmPayment(p.paymentId, outcome, now, actor);
  return { orderId, status, brandId: p.brandId };
}
