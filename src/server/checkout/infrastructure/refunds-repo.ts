import { db, type UnitOfWork, txOf } from "@/server/platform/db";

export async function insertRefund(
  uow: UnitOfWork,
  r: {
    id: string;
    brandId: string;
    orderId: string;
    paymentId: string;
    amountMinor: number;
    feeMinor: number;
    currency: string;
    reason: string;
    requestedBy: string;
  },
) {
  await txOf(uow).refund.create({ data: { ...r, status: "pending" } });
}

export async function lockRefund(uow: UnitOfWork, refundId: string) {
  await txOf(uow).$queryRaw`SELECT id FROM refund WHERE id = ${refundId} FOR UPDATE`;
  return txOf(uow).refund.findUnique({ where: { id: refundId } });
}

export async function findRefund(refundId: string) {
  return db().refund.findUnique({ where: { id: refundId } });
}

export async function markRefundSucceeded(
  uow: UnitOfWork,
  refundId: string,
  providerRef: string | null,
  at: Date,
) {
  await txOf(uow).refund.update({
    where: { id: refundId },
    data: { status: "succeeded", providerRef, settledAt: at },
  });
}

export async function refundsOfOrder(orderId: string) {
  return db().refund.findMany({ where: { orderId }, orderBy: { createdAt: "asc" } });
}

export async function pendingRefundIds(olderThan: Date): Promise<string[]> {
  return (
    await db().refund.findMany({
      where: { status: "pending", createdAt: { lt: olderThan } },
      select: { id: true },
      take: 100,
    })
  ).map((r) => r.id);
}

export async function findRefundPolicy(brandId: string) {
  return db().refundPolicy.findUnique({ where: { brandId } });
}

export async function upsertRefundPolicy(
  brandId: string,
  p: { fanRefunds: boolean; cutoffHours: number; feePercentBp: number; feeFixedMinor: number },
) {
  await db().refundPolicy.upsert({ where: { brandId }, create: { brandId, ...p }, update: p });
}

/** Refunds of a brand's orders (of one event, or all) for an export. */
type RefundScope = { brandId: string; eventId: string | null };

export async function countRefundsIn(s: RefundScope): Promise<number> {
  const [row] = await db().$queryRaw<{ n: number }[]>`
    SELECT count(*)::int AS n FROM refund r JOIN "order" o ON o.id = r.order_id
    WHERE r.brand_id = ${s.brandId} AND o.brand_id = ${s.brandId}
      AND (${s.eventId}::text IS NULL OR o.event_id = ${s.eventId})`;
  return row?.n ?? 0;
}

/** The next `limit` refunds in id order after `afterId` (keyset), with their order's reference. */
export async function refundPage(s: RefundScope, afterId: string | null, limit: number) {
  const rows = await db().$queryRaw<
    {
      id: string;
      order_reference: string;
      status: string;
      amount_minor: number;
      fee_minor: number;
      currency: string;
      reason: string;
      created_at: Date;
      settled_at: Date | null;
    }[]
  >`SELECT r.id, o.reference AS order_reference, r.status, r.amount_minor, r.fee_minor, r.currency,
      r.reason, r.created_at, r.settled_at
    FROM refund r JOIN "order" o ON o.id = r.order_id
    WHERE r.brand_id = ${s.brandId} AND o.brand_id = ${s.brandId}
      AND (${s.eventId}::text IS NULL OR o.event_id = ${s.eventId})
      AND (${afterId}::text IS NULL OR r.id > ${afterId})
    ORDER BY r.id LIMIT ${limit}`;
  return rows.map((r) => ({
    id: r.id,
    orderReference: r.order_reference,
    status: r.status,
    amountMinor: r.amount_minor,
    feeMinor: r.fee_minor,
    currency: r.currency,
    reason: r.reason,
    createdAt: r.created_at,
    settledAt: r.settled_at,
  }));
}
