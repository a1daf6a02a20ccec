import { notFound, redirect } from "next/navigation";
import { orderAccessKey, orderForBrand, paymentForReturn, settleFromProvider } from "@/server/checkout";
import { languageOf } from "@/server/workflows";
import { isDomainError } from "@/server/platform/errors";
import { clock } from "@/server/platform/clock";
import { brandById } from "@/server/distribution";
import { paymentIdInput } from "../../_lib/payment-id";

export const dynamic = "force-dynamic";

/**
 * Where the payment provider sends the fan back. It asks the provider how the payment stands and
 * settles through the same matching and idempotent confirmation as the webhook, then shows the order
 * in the language it was placed in.
 */
export default async function ReturnFromPayment({ params }: { params: Promise<{ payment: string }> }) {
  const parsed = paymentIdInput.safeParse((await params).payment);
  if (!parsed.success) notFound();
  const paymentId = parsed.data;
  let target: string;
  try {
    const { orderId } = await settleFromProvider(paymentId, clock.now(), {
      kind: "system",
      label: "payment:return-page",
    });
    const p = await paymentForReturn(paymentId);
    const [brand, order] = await Promise.all([brandById(p.brandId), orderForBrand(p.brandId, orderId)]);
    // The order's page in the order's language (docs/adr/0033).
    target = `/s/${brand.slug}/orders/${orderId}?key=${orderAccessKey(orderId)}&lang=${languageOf(order)}`;
  } catch (e) {
    if (isDomainError(e)) notFound();
    throw e;
  }
  redirect(target);
}
