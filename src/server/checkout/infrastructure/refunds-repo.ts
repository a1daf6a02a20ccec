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
