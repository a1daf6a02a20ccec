// Refund chosen items of a paid order — a whole order, some lines, or ONE component of a bundle —
// by the organizer, or by the fan where the brand's policy allows. One transaction: the items are
// refunded (tickets void), their pool units return, the refund is recorded and the order's state
// follows. Then the money goes back through the payment port, once (its id is the idempotency key).
import { z } from "zod";
import { transaction } from "@/server/platform/unit-of-work";
import { DomainError } from "@/server/platform/errors";
import { checkbox } from "@/server/platform/input";
import { newId } from "@/server/platform/ids";
import { metadataFor, type Actor } from "@/server/platform/metadata";
import * as checkout from "@/server/checkout";
import * as fulfillment from "@/server/fulfillment";
import * as inventory from "@/server/inventory";
import * as offering from "@/server/offering";

/** A refund as the organizer asks for it (the Studio's refund form parses this, once). */
export const refundItemsInput = z.object({
  itemIds: z.array(z.string().min(1).max(64)).min(1, "Choose what to refund").max(500),
  reason: z.string().trim().max(200, "Keep the reason under 200 characters").default(""),
  keepFee: checkbox,
});
export type RefundItemsInput = z.output<typeof refundItemsInput>;

export type RefundResult = {
  refundId: string;
  amount: number;
  fee: number;
  currency: string;
  state: string;
  settled: boolean;
};

/** What the fan's order page offers: the brand's policy (checkout) for this event (offering) now. */
export async function fanRefundOffer(
  order: { brandId: string; eventId: string; channel: string },
  items: readonly { status: string }[],
  now: Date,
) {
  const policy = await checkout.refundPolicyOf(order.brandId);
  const event = await offering.studioEvent(order.brandId, order.eventId);
  return fulfillment.fanRefundOffer({
    policy,
    eventStartsAt: event.startsAt,
    channel: order.channel,
    items,
    now,
  });
}

export async function refundOrderItems(
  actor: Actor,
  brandId: string,
  orderId: string,
  input: RefundItemsInput,
  by: "organizer" | "fan",
  now: Date,
): Promise<RefundResult> {
  const refundId = newId("rfd_");
  const policy = await checkout.refundPolicyOf(brandId);
  const event = await offering.studioEvent(brandId, (await checkout.orderForBrand(brandId, orderId)).eventId);
  const result = await transaction(async (uow) => {
    const { payment } = await checkout.orderToRefund(uow, brandId, orderId);
    // Cash or a card terminal at the door: only the box office can hand that money back.
    if (by === "fan" && payment.provider.startsWith("box_office"))
      throw new DomainError("Conflict", "This order was paid at the box office: ask there for a refund.");
    const r = await fulfillment.refundItems(uow, actor, brandId, orderId, input.itemIds, refundId, {
      by,
      now,
      eventStartsAt: event.startsAt,
      policy,
      keepFee: input.keepFee,
    });
    await inventory.returnUnits(uow, metadataFor(actor, brandId, orderId), r.unitsBack, `refund ${refundId}`);
    await checkout.recordRefund(uow, actor, {
      refundId,
      brandId,
      orderId,
      paymentId: payment.id,
      amount: r.amount,
      fee: r.fee,
      currency: payment.currency,
      reason: input.reason || (by === "fan" ? "Requested by the fan" : "Refunded by the organizer"),
      items: r.labels,
    });
    await checkout.followFulfillment(uow, actor, brandId, orderId, r.state);
    return { refundId, amount: r.amount, fee: r.fee, currency: payment.currency, state: r.state };
  });
  // Give the money back now; if the provider is down, the settle-refund job retries.
  const settled = await checkout
    .settleRefund(refundId, now, actor)
    .then((s) => s.status === "succeeded")
    .catch((e) => (console.error(`[refund] ${refundId} not settled yet; the job will retry`, e), false));
  return { ...result, settled };
}
