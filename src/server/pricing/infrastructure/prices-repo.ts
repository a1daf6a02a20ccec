import { db, type UnitOfWork, txOf } from "@/server/platform/db";

export async function upsertPrice(uow: UnitOfWork, p: { productId: string; brandId: string; amountMinor: number; currency: string }) {
  await txOf(uow).price.upsert({ where: { productId: p.productId }, create: p, update: { amountMinor: p.amountMinor, currency: p.currency } });
}

export async function findPrices(brandId: string, productIds: string[]): Promise<Map<string, { amountMinor: number; currency: string }>> {
  const rows = await db().price.findMany({ where: { brandId, productId: { in: productIds } } });
  return new Map(rows.map((r) => [r.productId, { amountMinor: r.amountMinor, currency: r.currency }]));
}
