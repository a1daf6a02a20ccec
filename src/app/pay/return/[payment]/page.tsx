import { notFound, redirect } from "next/navigation";
import { orderAccessKey, settleFromProvider, testPayment } from "@/server/checkout";
import { isDomainError } from "@/server/platform/errors";
import { clock } from "@/server/platform/clock";
import { brandById } from "@/server/distribution";

export const dynamic = "force-dynamic";

/**
 * Where the payment provider sends the fan back. It asks the provider how the payment stands and
 * confirms through the same idempotent confirmPayment as the webhook, then shows the order.
 */
export default async function ReturnFromPayment({ params }: { params: Promise<{ payment: string }> }) {
  const { payment: paymentId } = await params;
  let target: string;
  try {
    const { orderId } = await settleFromProvider(paymentId, clock.now(), { kind: "system", label: "payment:return-page" });
    const p = await testPayment(paymentId, { anyProvider: true });
    const brand = await brandById(p.brandId);
    target = `/s/${brand.slug}/orders/${orderId}?key=${orderAccessKey(orderId)}`;
  } catch (e) {
    if (isDomainError(e)) notFound();
    throw e;
  }
  redirect(target);
}
