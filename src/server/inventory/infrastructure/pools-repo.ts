import { db, type UnitOfWork, txOf } from "@/server/platform/db";
import type { DrawState, HeldLine, HoldStatus, PoolState } from "../model/availability";

export type DrawKey = { productId: string; variantId: string | null };
export const keyOf = (k: DrawKey) => `${k.productId}:${k.variantId ?? ""}`;

export async function insertPool(
  uow: UnitOfWork,
  pool: { id: string; brandId: string; name: string; capacity: number },
  draws: { id: string; productId: string; variantId: string | null; units: number }[],
) {
  await txOf(uow).pool.create({ data: { ...pool, draws: { create: draws } } });
}

export async function insertDraws(
  uow: UnitOfWork,
  poolId: string,
  draws: { id: string; productId: string; variantId: string | null; units: number }[],
) {
  await txOf(uow).draw.createMany({ data: draws.map((d) => ({ ...d, poolId })) });
}

export async function findPool(brandId: string, poolId: string, uow: UnitOfWork | null = null) {
  return (uow ? txOf(uow) : db()).pool.findFirst({
    where: { id: poolId, brandId },
    include: { draws: true },
  });
}

/** What one unit of each product (or variant) draws. A variant draws its own draws plus its product's variant-less ones. */
export async function drawsOf(
  uow: UnitOfWork | null,
  brandId: string,
  keys: DrawKey[],
): Promise<Map<string, DrawState[]>> {
  const productIds = [...new Set(keys.map((k) => k.productId))];
  const rows = await (uow ? txOf(uow) : db()).draw.findMany({
    where: { productId: { in: productIds }, pool: { brandId } },
    select: { productId: true, variantId: true, poolId: true, units: true },
  });
  const map = new Map<string, DrawState[]>();
  for (const k of keys) {
    map.set(
      keyOf(k),
      rows
        .filter((r) => r.productId === k.productId && (r.variantId === null || r.variantId === k.variantId))
        .map((r) => ({ poolId: r.poolId, units: r.units })),
    );
  }
  return map;
}

async function heldUnits(
  uow: UnitOfWork | ReturnType<typeof db>,
  poolIds: string[],
  now: Date,
): Promise<Map<string, number>> {
  if (poolIds.length === 0) return new Map();
  const rows = await txOf(uow).$queryRaw<{ pool_id: string; held: bigint }[]>`
    SELECT hl.pool_id, sum(hl.units) AS held FROM hold_line hl JOIN hold h ON h.id = hl.hold_id
    WHERE h.status = 'active' AND h.expires_at > ${now} AND hl.pool_id = ANY(${poolIds})
    GROUP BY hl.pool_id`;
  return new Map(rows.map((r) => [r.pool_id, Number(r.held)]));
}

/** Locks the pools in id order (a fixed order: no deadlocks between carts) and reads their state. See docs/adr/0006. */
export async function lockPools(
  uow: UnitOfWork,
  poolIds: string[],
  now: Date,
): Promise<Map<string, PoolState>> {
  const sorted = [...new Set(poolIds)].sort();
  const rows = await txOf(uow).$queryRaw<{ id: string; name: string; capacity: number; sold: number }[]>`
    SELECT id, name, capacity, sold FROM pool WHERE id = ANY(${sorted}) ORDER BY id FOR UPDATE`;
  const held = await heldUnits(uow, sorted, now);
  return new Map(rows.map((r) => [r.id, { ...r, held: held.get(r.id) ?? 0 }]));
}

export async function readPools(
  poolIds: string[],
  now: Date,
  uow: UnitOfWork | null = null,
): Promise<Map<string, PoolState>> {
  if (poolIds.length === 0) return new Map();
  // One statement: pools and their held units (a rush reads this once per buyer).
  const rows = await (uow ? txOf(uow) : db()).$queryRaw<
    { id: string; name: string; capacity: number; sold: number; held: bigint }[]
  >`
    SELECT p.id, p.name, p.capacity, p.sold, coalesce((
      SELECT sum(hl.units) FROM hold_line hl JOIN hold h ON h.id = hl.hold_id
      WHERE hl.pool_id = p.id AND h.status = 'active' AND h.expires_at > ${now}), 0) AS held
    FROM pool p WHERE p.id = ANY(${poolIds})`;
  return new Map(
    rows.map((r) => [
      r.id,
      { id: r.id, name: r.name, capacity: r.capacity, sold: r.sold, held: Number(r.held) },
    ]),
  );
}

export async function insertHold(
  uow: UnitOfWork,
  hold: { id: string; brandId: string; expiresAt: Date; ownerRef: string | null; status: HoldStatus },
  lines: (HeldLine & { id: string })[],
  items: { id: string; productId: string; variantId: string | null; quantity: number }[],
) {
  await txOf(uow).hold.create({ data: { ...hold, lines: { create: lines }, items: { create: items } } });
}

export async function setHoldOwner(uow: UnitOfWork, holdId: string, ownerRef: string) {
  await txOf(uow).hold.update({ where: { id: holdId }, data: { ownerRef } });
}

/** Units of each product taken so far: sold, or held by an unexpired hold. Price phases that end "after N sold" read it. */
export async function takenOf(
  uow: UnitOfWork | null,
  productIds: string[],
  now: Date,
): Promise<Map<string, number>> {
  if (productIds.length === 0) return new Map();
  const rows = await (uow ? txOf(uow) : db()).$queryRaw<{ product_id: string; taken: bigint }[]>`
    SELECT hi.product_id, sum(hi.quantity) AS taken FROM hold_item hi JOIN hold h ON h.id = hi.hold_id
    WHERE hi.product_id = ANY(${productIds}) AND (h.status = 'confirmed' OR (h.status = 'active' AND h.expires_at > ${now}))
    GROUP BY hi.product_id`;
  return new Map(rows.map((r) => [r.product_id, Number(r.taken)]));
}

export async function lockHold(uow: UnitOfWork, holdId: string) {
  const rows = await txOf(uow).$queryRaw<
    { id: string; brand_id: string; status: string; expires_at: Date; owner_ref: string | null }[]
  >`SELECT id, brand_id, status, expires_at, owner_ref FROM hold WHERE id = ${holdId} FOR UPDATE`;
  const h = rows[0];
  if (!h) return null;
  const [lines, items] = await Promise.all([
    txOf(uow).holdLine.findMany({
      where: { holdId },
      select: { poolId: true, productId: true, quantity: true, units: true },
    }),
    txOf(uow).holdItem.findMany({
      where: { holdId },
      select: { productId: true, variantId: true, quantity: true },
    }),
  ]);
  return {
    id: h.id,
    brandId: h.brand_id,
    status: h.status as HoldStatus,
    expiresAt: h.expires_at,
    ownerRef: h.owner_ref,
    lines,
    items,
  };
}

export async function markHold(uow: UnitOfWork, holdId: string, status: HoldStatus) {
  await txOf(uow).hold.update({ where: { id: holdId }, data: { status } });
}

export async function addSold(uow: UnitOfWork, lines: { poolId: string; units: number }[]) {
  const byPool = new Map<string, number>();
  for (const l of lines) byPool.set(l.poolId, (byPool.get(l.poolId) ?? 0) + l.units);
  for (const [poolId, units] of [...byPool].sort(([a], [b]) => a.localeCompare(b))) {
    await txOf(uow).pool.update({ where: { id: poolId }, data: { sold: { increment: units } } });
  }
}

export async function poolsOfBrand(brandId: string) {
  return db().pool.findMany({
    where: { brandId },
    select: {
      id: true,
      name: true,
      capacity: true,
      sold: true,
      draws: { select: { productId: true, variantId: true, units: true } },
    },
    orderBy: { createdAt: "asc" },
  });
}

export async function findHoldStatus(
  holdId: string,
  uow: UnitOfWork | null = null,
): Promise<{ status: string; expiresAt: Date } | null> {
  return (uow ? txOf(uow) : db()).hold.findUnique({
    where: { id: holdId },
    select: { status: true, expiresAt: true },
  });
}

/** Units sold come back (a refund): each pool's sold count goes down, never below zero. */
export async function subtractSold(uow: UnitOfWork, lines: { poolId: string; units: number }[]) {
  const byPool = new Map<string, number>();
  for (const l of lines) byPool.set(l.poolId, (byPool.get(l.poolId) ?? 0) + l.units);
  for (const [poolId, units] of [...byPool].sort(([a], [b]) => a.localeCompare(b))) {
    await txOf(uow).$executeRaw`UPDATE pool SET sold = GREATEST(sold - ${units}, 0) WHERE id = ${poolId}`;
  }
  return [...byPool].map(([poolId, units]) => ({ poolId, units }));
}
