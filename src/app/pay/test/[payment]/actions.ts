"use server";
import { notFound, redirect } from "next/navigation";
import { z } from "zod";
import { orderAccessKey, orderForBrand, settleLocalTestPayment } from "@/server/checkout";
import { brandById } from "@/server/distribution";
import { shopEventById } from "@/server/offering";
import { languageOf } from "@/server/workflows";
import { clock } from "@/server/platform/clock";
import { isDomainError } from "@/server/platform/errors";
import { paymentIdInput } from "../../_lib/payment-id";

// Both arguments are bound in the page, but a client can send anything: parsed before all else.
const args = z.tuple([paymentIdInput, z.enum(["succeeded", "failed"])]);

/**
 * The TEST MODE provider's buttons. Anything TEST MODE may not settle (malformed arguments, a
 * provider other than local configured, a payment made with another provider) answers 404.
 */
export async function settleTestPayment(paymentId: unknown, outcome: unknown) {
  const parsed = args.safeParse([paymentId, outcome]);
  if (!parsed.success) notFound();
  const [id, result] = parsed.data;
  const settled = await settleLocalTestPayment(id, result, clock.now()).catch((e: unknown) => {
    if (isDomainError(e)) notFound();
    throw e;
  });
  const brand = await brandById(settled.brandId);
  const orderId = settled.orderId;
  const order = await orderForBrand(brand.id, orderId);
  // Back to the shop in the order's language, whatever the browser's cookie says (docs/adr/0033).
  const lang = `lang=${languageOf(order)}`;
  if (result === "succeeded")
    redirect(`/s/${brand.slug}/orders/${orderId}?key=${orderAccessKey(orderId)}&${lang}`);
  const event = await shopEventById(brand.id, order.eventId);
  redirect(`/s/${brand.slug}/${event.slug}?declined=1&${lang}`);
}
