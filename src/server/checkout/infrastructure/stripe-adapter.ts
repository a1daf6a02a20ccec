// PLACEHOLDER — being written (Stripe adapter). Not selected unless PAYMENT_PROVIDER=stripe.
import type { PaymentProvider } from "./payment-port";

export function createStripeProvider(): PaymentProvider {
  throw new Error("The Stripe adapter is not built yet.");
}
