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
import { moneyIn } from "@/components/format";
import { cancelOrder } from "@/server/checkout";
import { itemsInput, shipInput } from "@/server/fulfillment";
import { clock } from "@/server/platform/clock";
import { actorOf } from "../../../_lib/guard";
import { brandAction, idArg, slugArg } from "../../../_lib/action";
import { studioLocale, studioT } from "../../../_lib/locale";

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
    return { ok: (await studioT("sales"))("answers.cancelled") };
  },
);

export const refundItemsAction = brandAction(
  { args: onOrder, form: refundItemsInput, permission: "orders:write" },
  async (m, [slug, orderId], form) => {
    const r = await refundOrderItems(actorOf(m.user), m.brand.id, orderId, form, "organizer", clock.now());
    const [t, locale] = await Promise.all([studioT("sales"), studioLocale()]);
    const money = moneyIn(locale);
    const amount = money(r.amount, r.currency);
    const refunded = r.fee
      ? t("answers.refundedWithFee", { amount, fee: money(r.fee, r.currency) })
      : t("answers.refunded", { amount });
    orderPaths(slug, orderId);
    return { ok: r.settled ? refunded : `${refunded} ${t("answers.refundPending")}` };
  },
);

export const shipItemsAction = brandAction(
  { args: onOrder, form: shipInput, permission: "orders:write" },
  async (m, [slug, orderId], form) => {
    await shipOrderItems(actorOf(m.user), m.brand.id, orderId, form, clock.now());
    orderPaths(slug, orderId);
    return { ok: (await studioT("sales"))("answers.shipped") };
  },
);

export const markDeliveredAction = brandAction(
  { args: z.tuple([slugArg, idArg, idArg]), permission: "orders:write" },
  async (m, [slug, orderId, shipmentId]) => {
    await markDelivered(actorOf(m.user), m.brand.id, shipmentId, clock.now());
    orderPaths(slug, orderId);
    return { ok: (await studioT("sales"))("answers.delivered") };
  },
);

export const recordReturnAction = brandAction(
  { args: onOrder, form: itemsInput, permission: "orders:write" },
  async (m, [slug, orderId], form) => {
    await recordReturn(actorOf(m.user), m.brand.id, orderId, form);
    orderPaths(slug, orderId);
    return { ok: (await studioT("sales"))("answers.returned") };
  },
);

export const resendTicketsAction = brandAction(
  { args: onOrder, permission: "orders:write" },
  async (m, [, orderId]) => {
    const { to } = await resendTickets(actorOf(m.user), m.brand.id, orderId, clock.now());
    return { ok: (await studioT("sales"))("answers.resent", { to }) };
  },
);
