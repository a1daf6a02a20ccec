// What the sales projector remembers of orders and items between their events: a refund names
// only its order and items, so the projector keeps which event, channel and lines they were.
// Read and written a batch of events at a time (projections/sales.ts), each in one statement.
import { Prisma } from "@/generated/prisma/client";
import { txOf, type UnitOfWork } from "@/server/platform/db";

export type OrderMemo = {
  orderId: string;
  brandId: string;
  eventId: string;
  channel: string;
  currency: string;
  promoCode: string | null;
  paidAt: Date | null;
  lines: unknown;
};

export type ItemMemo = { itemId: string; orderId: string; lineId: string; componentId: string };

/** The memos of these orders, each only if it is of the brand named with it. */
export async function orderMemos(
  uow: UnitOfWork,
  orders: readonly { brandId: string; orderId: string }[],
): Promise<OrderMemo[]> {
  if (orders.length === 0) return [];
  const rows = await txOf(uow).$queryRaw<
    {
      order_id: string;
      brand_id: string;
      event_id: string;
      channel: string;
      currency: string;
      promo_code: string | null;
      paid_at: Date | null;
      lines: unknown;
    }[]
  >`SELECT o.* FROM insight_order o
    JOIN unnest(${orders.map((o) => o.orderId)}::text[], ${orders.map((o) => o.brandId)}::text[])
      AS wanted (order_id, brand_id)
      ON o.order_id = wanted.order_id AND o.brand_id = wanted.brand_id`;
  return rows.map((r) => ({
    orderId: r.order_id,
    brandId: r.brand_id,
    eventId: r.event_id,
    channel: r.channel,
    currency: r.currency,
    promoCode: r.promo_code,
    paidAt: r.paid_at,
    lines: r.lines,
  }));
}

/**
 * Write these memos as they now are. A memo's order id is never another brand's: should one
 * be, that brand's memo is left as it was.
 */
export async function saveOrderMemos(uow: UnitOfWork, memos: readonly OrderMemo[]) {
  if (memos.length === 0) return;
  const values = memos.map(
    (m) =>
      Prisma.sql`(${m.orderId}, ${m.brandId}, ${m.eventId}, ${m.channel}, ${m.currency}, ${m.promoCode},
        ${m.paidAt}::timestamptz, ${m.lines === null ? null : JSON.stringify(m.lines)}::jsonb)`,
  );
  await txOf(uow).$executeRaw`
    INSERT INTO insight_order (order_id, brand_id, event_id, channel, currency, promo_code, paid_at, lines)
    VALUES ${Prisma.join(values)}
    ON CONFLICT (order_id) DO UPDATE SET paid_at = EXCLUDED.paid_at, lines = EXCLUDED.lines
      WHERE insight_order.brand_id = EXCLUDED.brand_id`;
}

export async function rememberItems(uow: UnitOfWork, items: readonly ItemMemo[]) {
  if (items.length === 0) return;
  const values = items.map((i) => Prisma.sql`(${i.itemId}, ${i.orderId}, ${i.lineId}, ${i.componentId})`);
  await txOf(uow).$executeRaw`
    INSERT INTO insight_item (item_id, order_id, line_id, component_id) VALUES ${Prisma.join(values)}
    ON CONFLICT (item_id) DO NOTHING`;
}

/** The remembered items among these, each only if it is of the order named with it. */
export async function itemMemos(
  uow: UnitOfWork,
  items: readonly { orderId: string; itemId: string }[],
): Promise<ItemMemo[]> {
  if (items.length === 0) return [];
  const rows = await txOf(uow).$queryRaw<
    { item_id: string; order_id: string; line_id: string; component_id: string }[]
  >`SELECT i.item_id, i.order_id, i.line_id, i.component_id FROM insight_item i
    JOIN unnest(${items.map((i) => i.itemId)}::text[], ${items.map((i) => i.orderId)}::text[])
      AS wanted (item_id, order_id)
      ON i.item_id = wanted.item_id AND i.order_id = wanted.order_id`;
  return rows.map((r) => ({
    itemId: r.item_id,
    orderId: r.order_id,
    lineId: r.line_id,
    componentId: r.component_id,
  }));
}

export async function forgetOrders(uow: UnitOfWork) {
  await txOf(uow).$executeRaw`DELETE FROM insight_item`;
  await txOf(uow).$executeRaw`DELETE FROM insight_order`;
}
