// Writes of the insights read models: each adds to the figures of its key (event, quarter hour,
// currency, …) in one multi-row statement. Rows of the same key are summed first: PostgreSQL
// refuses to update one row twice in one INSERT … ON CONFLICT.
import { Prisma } from "@/generated/prisma/client";
import { txOf, type UnitOfWork } from "@/server/platform/db";

type Key = { eventId: string; brandId: string; bucket: Date; currency: string };

function summed<R extends Key>(rows: readonly R[], keyOf: (r: R) => string, figures: (keyof R)[]): R[] {
  const byKey = new Map<string, R>();
  for (const r of rows) {
    const k = `${r.eventId}|${r.bucket.toISOString()}|${r.currency}|${keyOf(r)}`;
    const seen = byKey.get(k);
    if (!seen) byKey.set(k, { ...r });
    else for (const f of figures) (seen[f] as number) += r[f] as number;
  }
  return [...byKey.values()];
}

export type SalesFact = Key & {
  channel: string;
  orders: number;
  tickets: number;
  gross: number;
  discount: number;
  tax: number;
  refunds: number;
  refundCount: number;
};

export async function addSales(uow: UnitOfWork, facts: readonly SalesFact[]) {
  const rows = summed(facts, (r) => r.channel, [
    "orders",
    "tickets",
    "gross",
    "discount",
    "tax",
    "refunds",
    "refundCount",
  ]);
  if (rows.length === 0) return;
  const values = rows.map(
    (r) =>
      Prisma.sql`(${r.eventId}, ${r.brandId}, ${r.bucket}, ${r.currency}, ${r.channel}, ${r.orders},
        ${r.tickets}, ${r.gross}, ${r.discount}, ${r.tax}, ${r.refunds}, ${r.refundCount})`,
  );
  await txOf(uow).$executeRaw`
    INSERT INTO insight_sales (event_id, brand_id, bucket, currency, channel, orders, tickets, gross,
      discount, tax, refunds, refund_count)
    VALUES ${Prisma.join(values)}
    ON CONFLICT (event_id, bucket, currency, channel) DO UPDATE SET
      orders = insight_sales.orders + EXCLUDED.orders,
      tickets = insight_sales.tickets + EXCLUDED.tickets,
      gross = insight_sales.gross + EXCLUDED.gross,
      discount = insight_sales.discount + EXCLUDED.discount,
      tax = insight_sales.tax + EXCLUDED.tax,
      refunds = insight_sales.refunds + EXCLUDED.refunds,
      refund_count = insight_sales.refund_count + EXCLUDED.refund_count`;
}

export type ProductSalesFact = Key & {
  productId: string;
  variantId: string | null;
  productName: string;
  variantName: string | null;
  kind: string;
  units: number;
  gross: number;
  discount: number;
  tax: number;
  refunds: number;
};

export async function addProductSales(uow: UnitOfWork, facts: readonly ProductSalesFact[]) {
  const rows = summed(facts, (r) => `${r.productId}|${r.variantId ?? ""}`, [
    "units",
    "gross",
    "discount",
    "tax",
    "refunds",
  ]);
  if (rows.length === 0) return;
  const values = rows.map(
    (r) =>
      Prisma.sql`(${r.eventId}, ${r.brandId}, ${r.bucket}, ${r.currency}, ${r.productId},
        ${r.variantId ?? ""}, ${r.productName}, ${r.variantName}, ${r.kind}, ${r.units}, ${r.gross},
        ${r.discount}, ${r.tax}, ${r.refunds})`,
  );
  await txOf(uow).$executeRaw`
    INSERT INTO insight_product_sales (event_id, brand_id, bucket, currency, product_id, variant_id,
      product_name, variant_name, kind, units, gross, discount, tax, refunds)
    VALUES ${Prisma.join(values)}
    ON CONFLICT (event_id, bucket, currency, product_id, variant_id) DO UPDATE SET
      product_name = EXCLUDED.product_name,
      variant_name = EXCLUDED.variant_name,
      units = insight_product_sales.units + EXCLUDED.units,
      gross = insight_product_sales.gross + EXCLUDED.gross,
      discount = insight_product_sales.discount + EXCLUDED.discount,
      tax = insight_product_sales.tax + EXCLUDED.tax,
      refunds = insight_product_sales.refunds + EXCLUDED.refunds`;
}

export type ComponentRevenueFact = Key & {
  bundleId: string;
  bundleName: string;
  componentId: string;
  productId: string;
  variantId: string | null;
  productName: string;
  variantName: string | null;
  units: number;
  revenue: number;
  tax: number;
  refunds: number;
};

export async function addComponentRevenue(uow: UnitOfWork, facts: readonly ComponentRevenueFact[]) {
  const rows = summed(facts, (r) => `${r.bundleId}|${r.componentId}|${r.variantId ?? ""}`, [
    "units",
    "revenue",
    "tax",
    "refunds",
  ]);
  if (rows.length === 0) return;
  const values = rows.map(
    (r) =>
      Prisma.sql`(${r.eventId}, ${r.brandId}, ${r.bucket}, ${r.currency}, ${r.bundleId}, ${r.bundleName},
        ${r.componentId}, ${r.productId}, ${r.variantId ?? ""}, ${r.productName}, ${r.variantName},
        ${r.units}, ${r.revenue}, ${r.tax}, ${r.refunds})`,
  );
  await txOf(uow).$executeRaw`
    INSERT INTO insight_component_revenue (event_id, brand_id, bucket, currency, bundle_id, bundle_name,
      component_id, product_id, variant_id, product_name, variant_name, units, revenue, tax, refunds)
    VALUES ${Prisma.join(values)}
    ON CONFLICT (event_id, bucket, currency, bundle_id, component_id, variant_id) DO UPDATE SET
      bundle_name = EXCLUDED.bundle_name,
      product_name = EXCLUDED.product_name,
      variant_name = EXCLUDED.variant_name,
      units = insight_component_revenue.units + EXCLUDED.units,
      revenue = insight_component_revenue.revenue + EXCLUDED.revenue,
      tax = insight_component_revenue.tax + EXCLUDED.tax,
      refunds = insight_component_revenue.refunds + EXCLUDED.refunds`;
}

export type PromoUseFact = Key & { code: string; orders: number; discount: number };

export async function addPromoUse(uow: UnitOfWork, facts: readonly PromoUseFact[]) {
  const rows = summed(facts, (r) => r.code, ["orders", "discount"]);
  if (rows.length === 0) return;
  const values = rows.map(
    (r) =>
      Prisma.sql`(${r.eventId}, ${r.brandId}, ${r.bucket}, ${r.currency}, ${r.code}, ${r.orders}, ${r.discount})`,
  );
  await txOf(uow).$executeRaw`
    INSERT INTO insight_promo_use (event_id, brand_id, bucket, currency, code, orders, discount)
    VALUES ${Prisma.join(values)}
    ON CONFLICT (event_id, bucket, currency, code) DO UPDATE SET
      orders = insight_promo_use.orders + EXCLUDED.orders,
      discount = insight_promo_use.discount + EXCLUDED.discount`;
}

/** A ticket checked in (again, after an undo: its latest arrival counts). */
export async function recordCheckIn(
  uow: UnitOfWork,
  c: { ticketId: string; eventId: string; brandId: string; bucket: Date; ticketType: string },
) {
  await txOf(uow).$executeRaw`
    INSERT INTO insight_check_in (ticket_id, event_id, brand_id, bucket, ticket_type)
    VALUES (${c.ticketId}, ${c.eventId}, ${c.brandId}, ${c.bucket}, ${c.ticketType})
    ON CONFLICT (ticket_id) DO UPDATE SET bucket = EXCLUDED.bucket, ticket_type = EXCLUDED.ticket_type`;
}

export async function forgetCheckIn(uow: UnitOfWork, brandId: string, ticketId: string) {
  await txOf(uow)
    .$executeRaw`DELETE FROM insight_check_in WHERE ticket_id = ${ticketId} AND brand_id = ${brandId}`;
}

const TABLES = {
  sales: Prisma.sql`insight_sales`,
  products: Prisma.sql`insight_product_sales`,
  components: Prisma.sql`insight_component_revenue`,
  promos: Prisma.sql`insight_promo_use`,
  checkIns: Prisma.sql`insight_check_in`,
} as const;

/** Empty one read model, for a rebuild from the log. */
export async function clearFacts(uow: UnitOfWork, table: keyof typeof TABLES) {
  await txOf(uow).$executeRaw`DELETE FROM ${TABLES[table]}`;
}
