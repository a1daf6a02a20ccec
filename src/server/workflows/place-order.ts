// The fan's purchase: hold the units, quote them, place a pending order and start a payment.
// Hold, quote and order commit together; if any step refuses, nothing is kept.
import { transaction } from "@/server/platform/unit-of-work";
import { config } from "@/server/platform/config";
import { clock } from "@/server/platform/clock";
import { invalid } from "@/server/platform/errors";
import { newId, newReference } from "@/server/platform/ids";
import { metadataFor } from "@/server/platform/metadata";
import * as distribution from "@/server/distribution";
import * as offering from "@/server/offering";
import * as inventory from "@/server/inventory";
import * as pricing from "@/server/pricing";
import * as checkout from "@/server/checkout";

export async function placeOrderFlow(raw: unknown): Promise<{ orderId: string; reference: string; redirectUrl: string }> {
  const parsed = checkout.placeOrderInput.safeParse(raw);
  if (!parsed.success) throw invalid(parsed.error.issues[0]!.message, { field: parsed.error.issues[0]!.path.join(".") });
  const input = parsed.data;
  const brand = await distribution.shopBrand(input.brandSlug);
  const event = await offering.shopEventById(brand.id, input.eventId);
  const products = new Map(event.products.map((p) => [p.id, p]));
  const lines = input.lines.map((l) => {
    const p = products.get(l.productId);
    if (!p) throw invalid("This ticket is not sold at this event.");
    return { productId: p.id, productName: p.name, kind: p.kind, quantity: l.quantity, maxPerOrder: p.maxPerOrder };
  });
  checkout.checkLineLimits(lines);

  const now = clock.now();
  const orderId = newId("ord_");
  const reference = newReference();
  const meta = metadataFor({ kind: "fan", label: `fan:${input.buyer.email}` }, brand.id, orderId);
  const quote = await pricing.quote(brand.id, brand.currency, lines, now);
  const expiresAt = new Date(now.getTime() + config().HOLD_MINUTES * 60_000);

  const { paymentId } = await transaction(async (uow) => {
    const { holdId } = await inventory.placeHold(uow, meta, brand.id, lines, now, expiresAt);
    return checkout.placeOrder(uow, meta, {
      orderId, reference, brandId: brand.id, eventId: event.id, holdId, buyer: input.buyer, currency: quote.currency, total: quote.total, quote,
      lines: quote.lines.map((q) => ({ productId: q.productId, productName: q.productName, kind: products.get(q.productId)!.kind, quantity: q.quantity, unitPrice: q.unitPrice, total: q.total })),
    });
  });
  const { redirectUrl } = await checkout.startPayment(paymentId);
  return { orderId, reference, redirectUrl };
}
