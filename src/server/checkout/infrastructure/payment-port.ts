// The payment port. Adapters: the local test provider (here) and Stripe (issue 4), chosen by
// PAYMENT_PROVIDER. Stripe's SDK may only be imported by this folder and the webhook route.
import { config } from "@/server/platform/config";

export type StartPayment = { paymentId: string; orderId: string; reference: string; amount: number; currency: string; description: string; buyerEmail: string };
export type PaymentProvider = {
  name: "local" | "stripe";
  /** Where the fan goes to pay. */
  start(p: StartPayment): Promise<{ redirectUrl: string }>;
};

/**
 * LOCAL TEST PROVIDER — for development and tests only. It sends the fan to a page in this
 * app, clearly labelled TEST MODE, whose Pay/Decline buttons settle the payment through the
 * same confirmPayment as a real provider. Production must set PAYMENT_PROVIDER explicitly.
 */
export const localTestProvider: PaymentProvider = {
  name: "local",
  async start(p) {
    return { redirectUrl: `/pay/test/${p.paymentId}` };
  },
};

export function paymentProvider(): PaymentProvider {
  const c = config();
  if (c.PAYMENT_PROVIDER === "stripe") throw new Error("The Stripe adapter arrives with issue 4; set PAYMENT_PROVIDER=local to sell in test mode.");
  return localTestProvider;
}
