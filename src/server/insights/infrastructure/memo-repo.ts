// What the sales projector remembers of orders and items between their events: a refund names
// only its order and items, so the projector keeps which event, channel and lines they were.
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

export async function rememberOrder(uow: UnitOfWork, o: Omit<OrderMemo, "paidAt" | "lines">) {
  await txOf(uow).$executeRaw`
    INSERT INTO insight_order (order_id, brand_id, event_id, channel, currency, promo_code)
    VALUES (${o.orderId}, ${o.brandId}, ${o.eventId}, ${o.channel}, ${o.currency}, ${o.promoCode})
    ON CONFLICT (order_id) DO NOTHING`;
}

/**
 * Count the order as paid, once: the memo it was counted with (channel and promo code from its
 * placing; "shop" and none if the log never told), or null if it was counted already.
 */
export async function countOrder(
  uow: UnitOfWork,
  o: { orderId: string; brandId: string; eventId: string; currency: string; paidAt: Date; lines: unknown },
): Promise<OrderMemo | null> {
  const rows = await txOf(uow).$queryRaw<
    { channel: string; promo_code: string | null }[]
  >`INSERT INTO insight_order (order_id, brand_id, event_id, channel, currency, paid_at, lines)
    VALUES (${o.orderId}, ${o.brandId}, ${o.eventId}, 'shop', ${o.currency}, ${o.paidAt},
      ${JSON.stringify(o.lines)}::jsonb)
    ON CONFLICT (order_id) DO UPDATE SET paid_at = EXCLUDED.paid_at, lines = EXCLUDED.lines
      WHERE insight_order.paid_at IS NULL
    RETURNING channel, promo_code`;
  const row = rows[0];
  if (!row) return null;
  return { ...o, channel: row.channel, promoCode: row.promo_code };
}

export async function orderMemo(
  uow: UnitOfWork,
  brandId: string,
  orderId: string,
): Promise<OrderMemo | null> {
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
  >`SELECT * FROM insight_order WHERE order_id = ${orderId} AND brand_id = ${brandId}`;
  const r = rows[0];
  return r
    ? {
        orderId: r.order_id,
        brandId: r.brand_id,
        eventId: r.event_id,
        channel: r.channel,
        currency: r.currency,
        promoCode: r.promo_code,
        paidAt: r.paid_at,
        lines: r.lines,
      }
    : null;
}

export async function rememberItems(
  uow: UnitOfWork,
  items: readonly { itemId: string; orderId: string; lineId: string; componentId: string }[],
) {
  if (items.length === 0) return;
  const values = items.map((i) => Prisma.sql`(${i.itemId}, ${i.orderId}, ${i.lineId}, ${i.componentId})`);
  await txOf(uow).$executeRaw`
    INSERT INTO insight_item (item_id, order_id, line_id, component_id) VALUES ${Prisma.join(values)}
    ON CONFLICT (item_id) DO NOTHING`;
}

export async function itemsOf(uow: UnitOfWork, orderId: string, itemIds: readonly string[]) {
  if (itemIds.length === 0) return [];
  const rows = await txOf(uow).$queryRaw<{ item_id: string; line_id: string; component_id: string }[]>`
    SELECT item_id, line_id, component_id FROM insight_item
    WHERE order_id = ${orderId} AND item_id IN (${Prisma.join(itemIds)})`;
  return rows.map((r) => ({ itemId: r.item_id, lineId: r.line_id, componentId: r.component_id }));
}

export async function forgetOrders(uow: UnitOfWork) {
  await txOf(uow).$executeRaw`DELETE FROM insight_item`;
  await txOf(uow).$executeRaw`DELETE FROM insight_order`;
}
