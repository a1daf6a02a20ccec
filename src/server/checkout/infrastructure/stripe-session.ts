// What a Stripe Checkout Session says about the payment it took, read with a schema: the
// webhook's payload and the SDK's answer alike. No SDK import, so the webhook stays light.
import { z } from "zod";
import type { ProviderSession } from "../model/payment-match";

const ref = z.string().min(1).max(255);
const metadataValue = z
  .string()
  .max(500)
  .nullish()
  .transform((v) => v || null);

export const checkoutSessionSchema = z.object({
  id: ref,
  amount_total: z
    .number()
    .int()
    .nullish()
    .transform((v) => v ?? null),
  currency: z
    .string()
    .max(10)
    .nullish()
    .transform((v) => v ?? null),
  payment_status: z.string().max(40).nullish(),
  metadata: z
    .object({ paymentId: metadataValue, orderId: metadataValue, brandId: metadataValue })
    .nullish()
    .transform((m) => m ?? { paymentId: null, orderId: null, brandId: null }),
});
export type CheckoutSession = z.output<typeof checkoutSessionSchema>;

export function sessionFacts(s: CheckoutSession): ProviderSession {
  return {
    provider: "stripe",
    sessionId: s.id,
    paymentId: s.metadata.paymentId,
    orderId: s.metadata.orderId,
    brandId: s.metadata.brandId,
    amount: s.amount_total,
    currency: s.currency,
  };
}
