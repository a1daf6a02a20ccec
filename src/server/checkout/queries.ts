import { notFound } from "@/server/platform/errors";
import { sign, verify } from "@/server/platform/signing";
import { refundsOfOrder } from "./infrastructure/refunds-repo";
import {
  findOrdersByIds,
  findOrder,
  findPayment,
  listOrders,
  paymentsOfOrder,
  salesOf,
  salesPerChannel,
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

export const ordersOf = (f: OrderFilter) => listOrders(f);

/** The order and brand a payment belongs to (the return page, whatever the provider). */
export async function paymentForReturn(paymentId: string): Promise<{ orderId: string; brandId: string }> {
  const p = await findPayment(paymentId);
  if (!p) throw notFound("This payment does not exist.");
  return { orderId: p.orderId, brandId: p.order.brandId };
}

export async function salesByEvent(brandId: string) {
  const rows = await salesOf(brandId);
  return Object.fromEntries(
    rows.map((r) => [
      r.eventId,
      { orders: r.ordersPaid, tickets: r.ticketsSold, revenue: r.revenueMinor, currency: r.currency },
    ]),
  );
}

export const paymentsOf = paymentsOfOrder;

/** Sales per channel for Studio: the shop, each site that embeds it, the box office. */
export const salesByChannel = salesPerChannel;

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
