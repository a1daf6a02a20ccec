import { notFound } from "@/server/platform/errors";
import { sign, verify } from "@/server/platform/signing";
import { countRefundsIn, refundPage, refundsOfOrder } from "./infrastructure/refunds-repo";
import { admissionsIn, type OrderStatus } from "./model/order";
import {
  countOrdersIn,
  countPaymentsIn,
  orderPage,
  paymentPage,
  findOrdersByIds,
  findOrder,
  findOrdersOfBrand,
  findPayment,
  listOrders,
  paidSales,
  paymentsOfOrder,
  type OrderFilter,
  type OrderRecord,
} from "./infrastructure/orders-repo";

export type { OrderRecord, OrderFilter };

/** The fan's link to their order: no account, a signature instead. */
export function orderAccessKey(orderId: string): string {
  return sign("order", orderId);
}

export async function orderForFan(orderId: string, key: string): Promise<OrderRecord> {
  if (!verify("order", orderId, key))
    throw notFound("This order link is not valid. Use the link from your confirmation e-mail.");
  const order = await findOrder(orderId);
  if (!order) throw notFound("This order does not exist.");
  return order;
}

export async function orderForBrand(brandId: string, orderId: string): Promise<OrderRecord> {
  const order = await findOrder(orderId);
  if (!order || order.brandId !== brandId) throw notFound("This order does not exist.");
  return order;
}

/** orderForBrand for a batch: the brand's orders among `orderIds` (any other is left out). */
export const ordersForBrand = findOrdersOfBrand;

/** One row of the Studio's orders list. */
export type OrderSummary = {
  id: string;
  reference: string;
  status: OrderStatus;
  buyerName: string;
  buyerEmail: string;
  total: number;
  currency: string;
  createdAt: Date;
  /** Admissions, the tickets inside bundles included. */
  tickets: number;
};

export async function ordersOf(f: OrderFilter): Promise<OrderSummary[]> {
  return (await listOrders(f)).map((o) => ({
    id: o.id,
    reference: o.reference,
    status: o.status,
    buyerName: o.buyerName,
    buyerEmail: o.buyerEmail,
    total: o.totalMinor,
    currency: o.currency,
    createdAt: o.createdAt,
    tickets: admissionsIn(o.lines),
  }));
}

/** The order and brand a payment belongs to (the return page, whatever the provider). */
export async function paymentForReturn(paymentId: string): Promise<{ orderId: string; brandId: string }> {
  const p = await findPayment(paymentId);
  if (!p) throw notFound("This payment does not exist.");
  return { orderId: p.orderId, brandId: p.order.brandId };
}

export type EventSales = { orders: number; tickets: number; revenue: number; currency: string };
export type ChannelSales = { channel: string; orders: number; revenueMinor: number; currency: string };

/**
 * The brand page's sales figures, per event and per channel (the shop, each site that embeds it,
 * the box office), from one read of the paid orders: the two can never disagree, and a sale shows
 * the moment it is paid. Revenue is after refunds.
 */
export async function salesOverview(
  brandId: string,
): Promise<{ byEvent: Record<string, EventSales>; byChannel: ChannelSales[] }> {
  const rows = await paidSales(brandId);
  const byEvent: Record<string, EventSales> = {};
  const byChannel = new Map<string, ChannelSales>();
  for (const r of rows) {
    const e = (byEvent[r.eventId] ??= { orders: 0, tickets: 0, revenue: 0, currency: r.currency });
    e.orders += r.orders;
    e.tickets += r.tickets;
    e.revenue += r.revenueMinor;
    const key = `${r.channel} ${r.currency}`;
    const c = byChannel.get(key) ?? { channel: r.channel, orders: 0, revenueMinor: 0, currency: r.currency };
    c.orders += r.orders;
    c.revenueMinor += r.revenueMinor;
    byChannel.set(key, c);
  }
  return { byEvent, byChannel: [...byChannel.values()].sort((a, b) => b.revenueMinor - a.revenueMinor) };
}

/** Sales per channel alone (the box office's own figures). */
export const salesByChannel = async (brandId: string) => (await salesOverview(brandId)).byChannel;

export const paymentsOf = paymentsOfOrder;

/** The payment still open for a pending order (a fan resuming a checkout that was interrupted), or null. */
export async function openPaymentOf(
  orderId: string,
): Promise<{ paymentId: string; reference: string } | null> {
  const open = (await paymentsOfOrder(orderId)).find((p) => p.status === "pending");
  const payment = open ? await findPayment(open.id) : null;
  return payment?.order.status === "pending"
    ? { paymentId: payment.id, reference: payment.order.reference }
    : null;
}

/** An order's refunds, oldest first. */
export const refundsOf = refundsOfOrder;

export const ordersByIds = findOrdersByIds;

/**
 * A brand's orders, payments and refunds (of one event, or all), counted and read a page at a
 * time in id order after a given id: keyset pages, so an export of 100,000 orders reads each
 * page as fast as the first.
 */
export const orderPages = { count: countOrdersIn, page: orderPage };
export const paymentPages = { count: countPaymentsIn, page: paymentPage };
export const refundPages = { count: countRefundsIn, page: refundPage };
