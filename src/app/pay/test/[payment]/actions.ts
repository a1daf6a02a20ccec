"use server";
import { redirect } from "next/navigation";
import { confirmPayment, orderAccessKey, testPayment, orderForBrand } from "@/server/checkout";
import { brandById } from "@/server/distribution";
import { shopEventById } from "@/server/offering";
import { clock } from "@/server/platform/clock";

/** The TEST MODE provider's buttons: they settle the payment through the same confirmPayment as a real provider. */
export async function settleTestPayment(paymentId: string, outcome: "succeeded" | "failed") {
  const p = await testPayment(paymentId);
  const { orderId } = await confirmPayment(paymentId, outcome, clock.now(), { kind: "system", label: "payment:local-test-provider" });
  const brand = await brandById(p.brandId);
  if (outcome === "succeeded") redirect(`/s/${brand.slug}/orders/${orderId}?key=${orderAccessKey(orderId)}`);
  const order = await orderForBrand(brand.id, orderId);
  const event = await shopEventById(brand.id, order.eventId);
  redirect(`/s/${brand.slug}/${event.slug}?declined=1`);
}
