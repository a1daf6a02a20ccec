// ReSendTickets (Studio): the fan lost the e-mail — send the valid tickets again. A re-send in the
// same minute is the same e-mail (a double click sends one).
import { DomainError } from "@/server/platform/errors";
import type { Actor } from "@/server/platform/metadata";
import * as checkout from "@/server/checkout";
import * as fulfillment from "@/server/fulfillment";
import { queueTicketsMail } from "./tickets-mail";

export async function resendTickets(
  _actor: Actor,
  brandId: string,
  orderId: string,
  now: Date,
): Promise<{ to: string }> {
  const order = await checkout.orderForBrand(brandId, orderId);
  const valid = (await fulfillment.ticketsForOrder(brandId, orderId)).filter((t) => t.status === "valid");
  if (valid.length === 0) throw new DomainError("Conflict", "This order has no valid tickets to send.");
  await queueTicketsMail(
    brandId,
    orderId,
    `tickets-resent:${orderId}:${Math.floor(now.getTime() / 60_000)}`,
    { resent: true },
  );
  return { to: order.buyerEmail };
}
