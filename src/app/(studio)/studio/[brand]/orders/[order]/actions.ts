"use server";
// An order's page: cancelling, refunding, shipping, returns, sending the tickets again. Owners and
// managers (orders:write). Arguments parsed first, then session, then role (_lib/action.ts).
import { revalidatePath } from "next/cache";
import { z } from "zod";
import {
  markDelivered,
  recordReturn,
  refundItemsInput,
  refundOrderItems,
  resendTickets,
  shipOrderItems,
} from "@/server/workflows";
import { formatMoney } from "@/components/format";
import { cancelOrder } from "@/server/checkout";
import { itemsInput, shipInput } from "@/server/fulfillment";
import { clock } from "@/server/platform/clock";
import { actorOf } from "../../../_lib/guard";
import { brandAction, idArg, slugArg } from "../../../_lib/action";

const onOrder = z.tuple([slugArg, idArg]);
const orderPaths = (brandSlug: string, orderId: string) => {
  revalidatePath(`/studio/${brandSlug}/orders/${orderId}`);
  revalidatePath(`/studio/${brandSlug}/shipping`);
};

export const cancelOrderAction = brandAction(
  { args: onOrder, permission: "orders:write" },
  async (m, [slug, orderId]) => {
    await cancelOrder(actorOf(m.user), m.brand.id, orderId, clock.now());
    revalidatePath(`/studio/${slug}/orders/${orderId}`);
    return { ok: "Cancelled. The units are back on sale." };
  },
);

export const refundItemsAction = brandAction(
  { args: onOrder, form: refundItemsInput, permission: "orders:write" },
  async (m, [slug, orderId], form) => {
    const r = await refundOrderItems(actorOf(m.user), m.brand.id, orderId, form, "organizer", clock.now());
    const fee = r.fee ? ` (kept a fee of ${formatMoney(r.fee, r.currency)})` : "";
    const pending = r.settled
      ? ""
      : " The payment provider has not confirmed it yet; it is retried automatically.";
    orderPaths(slug, orderId);
    return { ok: `Refunded ${formatMoney(r.amount, r.currency)}${fee}.${pending}` };
  },
);

export const shipItemsAction = brandAction(
  { args: onOrder, form: shipInput, permission: "orders:write" },
  async (m, [slug, orderId], form) => {
    await shipOrderItems(actorOf(m.user), m.brand.id, orderId, form, clock.now());
    orderPaths(slug, orderId);
    return { ok: "Marked shipped. The fan has been e-mailed the tracking number." };
  },
);

export const markDeliveredAction = brandAction(
  { args: z.tuple([slugArg, idArg, idArg]), permission: "orders:write" },
  async (m, [slug, orderId, shipmentId]) => {
    await markDelivered(actorOf(m.user), m.brand.id, shipmentId, clock.now());
    orderPaths(slug, orderId);
    return { ok: "Marked delivered." };
  },
);

export const recordReturnAction = brandAction(
  { args: onOrder, form: itemsInput, permission: "orders:write" },
  async (m, [slug, orderId], form) => {
    await recordReturn(actorOf(m.user), m.brand.id, orderId, form);
    orderPaths(slug, orderId);
    return { ok: "Return recorded. The items can now be refunded." };
  },
);

export const resendTicketsAction = brandAction(
  { args: onOrder, permission: "orders:write" },
  async (m, [, orderId]) => {
    const { to } = await resendTickets(actorOf(m.user), m.brand.id, orderId, clock.now());
    return { ok: `Sent again to ${to}.` };
  },
);
