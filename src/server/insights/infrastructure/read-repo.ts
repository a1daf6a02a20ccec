// Reads of the insights read models, always for one brand, optionally one event, a period
// [from, to) and per currency. Sums come back as bigint from PostgreSQL and are returned as
// numbers: a brand's minor units stay far below 2^53.
import { Prisma } from "@/generated/prisma/client";
import { db } from "@/server/platform/db";

export type Scope = { brandId: string; eventId: string | null; from: Date; to: Date };
export type Grain = "hour" | "day";

const where = (s: Scope) =>
  Prisma.sql`brand_id = ${s.brandId} AND (${s.eventId}::text IS NULL OR event_id = ${s.eventId})
    AND bucket >= ${s.from} AND bucket < ${s.to}`;

const n = (v: bigint | number | null) => Number(v ?? 0);

export async function salesTotals(s: Scope) {
  const rows = await db().$queryRaw<
    {
      currency: string;
      orders: bigint;
      tickets: bigint;
      gross: bigint;
      discount: bigint;
      tax: bigint;
      refunds: bigint;
      refund_count: bigint;
    }[]
  >`SELECT currency, sum(orders) AS orders, sum(tickets) AS tickets, sum(gross) AS gross,
      sum(discount) AS discount, sum(tax) AS tax, sum(refunds) AS refunds, sum(refund_count) AS refund_count
    FROM insight_sales WHERE ${where(s)} GROUP BY currency ORDER BY currency`;
  return rows.map((r) => ({
    currency: r.currency,
    orders: n(r.orders),
    tickets: n(r.tickets),
    gross: n(r.gross),
    discount: n(r.discount),
    tax: n(r.tax),
    refunds: n(r.refunds),
    refundCount: n(r.refund_count),
  }));
}

/** Sales per hour or day of the organizer's time zone, per currency and channel. */
export async function salesSeries(s: Scope, grain: Grain, timeZone: string) {
  const rows = await db().$queryRaw<
    { at: Date; currency: string; channel: string; orders: bigint; gross: bigint; refunds: bigint }[]
  >`SELECT (date_trunc(${grain}, bucket AT TIME ZONE ${timeZone}) AT TIME ZONE ${timeZone}) AS at,
      currency, channel, sum(orders) AS orders, sum(gross) AS gross, sum(refunds) AS refunds
    FROM insight_sales WHERE ${where(s)} GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`;
  return rows.map((r) => ({
    at: r.at,
    currency: r.currency,
    channel: r.channel,
    orders: n(r.orders),
    gross: n(r.gross),
    refunds: n(r.refunds),
  }));
}

/** Gross per hour or day of the organizer's time zone, per currency and product. */
export async function productSeries(s: Scope, grain: Grain, timeZone: string) {
  const rows = await db().$queryRaw<
    { at: Date; currency: string; product_id: string; product_name: string; gross: bigint }[]
  >`SELECT (date_trunc(${grain}, bucket AT TIME ZONE ${timeZone}) AT TIME ZONE ${timeZone}) AS at,
      currency, product_id, max(product_name) AS product_name, sum(gross) AS gross
    FROM insight_product_sales WHERE ${where(s)} GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`;
  return rows.map((r) => ({
    at: r.at,
    currency: r.currency,
    productId: r.product_id,
    productName: r.product_name,
    gross: n(r.gross),
  }));
}

export async function productTotals(s: Scope) {
  const rows = await db().$queryRaw<
    {
      currency: string;
      product_id: string;
      variant_id: string;
      product_name: string;
      variant_name: string | null;
      kind: string;
      units: bigint;
      gross: bigint;
      refunds: bigint;
    }[]
  >`SELECT currency, product_id, variant_id, max(product_name) AS product_name, max(variant_name) AS variant_name,
      max(kind) AS kind, sum(units) AS units, sum(gross) AS gross, sum(refunds) AS refunds
    FROM insight_product_sales WHERE ${where(s)}
    GROUP BY currency, product_id, variant_id ORDER BY currency, sum(gross) DESC, product_id, variant_id`;
  return rows.map((r) => ({
    currency: r.currency,
    productId: r.product_id,
    variantId: r.variant_id || null,
    productName: r.product_name,
    variantName: r.variant_name,
    kind: r.kind,
    units: n(r.units),
    gross: n(r.gross),
    refunds: n(r.refunds),
  }));
}

export async function componentTotals(s: Scope) {
  const rows = await db().$queryRaw<
    {
      currency: string;
      bundle_id: string;
      bundle_name: string;
      product_id: string;
      product_name: string;
      units: bigint;
      revenue: bigint;
      tax: bigint;
    }[]
  >`SELECT currency, bundle_id, max(bundle_name) AS bundle_name, product_id, max(product_name) AS product_name,
      sum(units) AS units, sum(revenue) AS revenue, sum(tax) AS tax
    FROM insight_component_revenue WHERE ${where(s)}
    GROUP BY currency, bundle_id, product_id ORDER BY currency, bundle_id, sum(revenue) DESC, product_id`;
  return rows.map((r) => ({
    currency: r.currency,
    bundleId: r.bundle_id,
    bundleName: r.bundle_name,
    productId: r.product_id,
    productName: r.product_name,
    units: n(r.units),
    revenue: n(r.revenue),
    tax: n(r.tax),
  }));
}

export async function promoTotals(s: Scope) {
  const rows = await db().$queryRaw<{ currency: string; code: string; orders: bigint; discount: bigint }[]>`
    SELECT currency, code, sum(orders) AS orders, sum(discount) AS discount
    FROM insight_promo_use WHERE ${where(s)} GROUP BY currency, code ORDER BY currency, sum(orders) DESC, code`;
  return rows.map((r) => ({
    currency: r.currency,
    code: r.code,
    orders: n(r.orders),
    discount: n(r.discount),
  }));
}

/** Check-ins per quarter hour and ticket type of one event (the door-night chart). */
export async function checkInArrivals(brandId: string, eventId: string) {
  const rows = await db().$queryRaw<{ bucket: Date; ticket_type: string; count: bigint }[]>`
    SELECT bucket, ticket_type, count(*) AS count FROM insight_check_in
    WHERE brand_id = ${brandId} AND event_id = ${eventId} GROUP BY bucket, ticket_type ORDER BY bucket, ticket_type`;
  return rows.map((r) => ({ at: r.bucket, ticketType: r.ticket_type, count: n(r.count) }));
}

/** Pools of the brand among `poolIds`, as their PoolCreated named them. */
export async function poolsAsCreated(brandId: string, poolIds: readonly string[]) {
  if (poolIds.length === 0) return [];
  const rows = await db().$queryRaw<{ pool_id: string; name: string; capacity: number }[]>`
    SELECT pool_id, name, capacity FROM insight_pool
    WHERE brand_id = ${brandId} AND pool_id = ANY(${poolIds}::text[])`;
  return rows.map((r) => ({ poolId: r.pool_id, name: r.name, capacity: r.capacity }));
}

/** Units sold less returned per pool of the brand among `poolIds`, before `before`. */
export async function poolSoldBefore(brandId: string, poolIds: readonly string[], before: Date) {
  if (poolIds.length === 0) return [];
  const rows = await db().$queryRaw<{ pool_id: string; units: bigint }[]>`
    SELECT pool_id, sum(sold - returned) AS units FROM insight_pool_fill
    WHERE brand_id = ${brandId} AND pool_id = ANY(${poolIds}::text[]) AND bucket < ${before}
    GROUP BY pool_id`;
  return rows.map((r) => ({ poolId: r.pool_id, units: n(r.units) }));
}

/** Units sold less returned per pool and hour or day of `timeZone`, in [from, to). */
export async function poolSoldSeries(
  brandId: string,
  poolIds: readonly string[],
  period: { from: Date; to: Date },
  grain: Grain,
  timeZone: string,
) {
  if (poolIds.length === 0) return [];
  const rows = await db().$queryRaw<{ at: Date; pool_id: string; units: bigint }[]>`
    SELECT (date_trunc(${grain}, bucket AT TIME ZONE ${timeZone}) AT TIME ZONE ${timeZone}) AS at,
      pool_id, sum(sold - returned) AS units
    FROM insight_pool_fill
    WHERE brand_id = ${brandId} AND pool_id = ANY(${poolIds}::text[])
      AND bucket >= ${period.from} AND bucket < ${period.to}
    GROUP BY 1, 2 ORDER BY 1, 2`;
  return rows.map((r) => ({ at: r.at, poolId: r.pool_id, units: n(r.units) }));
}
