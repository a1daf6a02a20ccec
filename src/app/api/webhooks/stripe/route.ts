// Stripe's webhook endpoint. The handler verifies the signature over the raw body, so the body
// is read as text exactly as it arrived; this route never parses it and never loads the SDK.
import { handleStripeWebhook } from "@/server/checkout";
import { clock } from "@/server/platform/clock";

export const dynamic = "force-dynamic";

export async function POST(request: Request) {
  const { status, body } = await handleStripeWebhook(
    await request.text(),
    request.headers.get("stripe-signature"),
    clock.now(),
  );
  return new Response(body, { status, headers: { "content-type": "text/plain; charset=utf-8" } });
}
