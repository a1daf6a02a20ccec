// Writes of the pool-fill read model (projections/pool-fill.ts): the pools as created, the units
// each hold took (a confirmation or release names only its hold), and the units per pool and
// quarter hour — each a batch of events at a time, in one statement.
import { Prisma } from "@/generated/prisma/client";
import { txOf, type UnitOfWork } from "@/server/platform/db";

export type PoolMemo = { poolId: string; brandId: string; name: string; capacity: number };
export type HoldMemo = { holdId: string; brandId: string; units: { poolId: string; units: number }[] };

/** Pools as their PoolCreated told them; a pool already known stays as it was. */
export async function rememberPools(uow: UnitOfWork, pools: readonly PoolMemo[]) {
  if (pools.length === 0) return;
  const values = pools.map((p) => Prisma.sql`(${p.poolId}, ${p.brandId}, ${p.name}, ${p.capacity})`);
  await txOf(uow).$executeRaw`
    INSERT INTO insight_pool (pool_id, brand_id, name, capacity) VALUES ${Prisma.join(values)}
    ON CONFLICT (pool_id) DO NOTHING`;
}

export async function rememberHolds(uow: UnitOfWork, holds: readonly HoldMemo[]) {
  if (holds.length === 0) return;
  const values = holds.map((h) => Prisma.sql`(${h.holdId}, ${h.brandId}, ${JSON.stringify(h.units)}::jsonb)`);
  await txOf(uow).$executeRaw`
    INSERT INTO insight_hold (hold_id, brand_id, units) VALUES ${Prisma.join(values)}
    ON CONFLICT (hold_id) DO NOTHING`;
}

/** The remembered holds among these, each only if it is of the brand named with it. */
export async function holdMemos(
  uow: UnitOfWork,
  holds: readonly { brandId: string; holdId: string }[],
): Promise<HoldMemo[]> {
  if (holds.length === 0) return [];
  const rows = await txOf(uow).$queryRaw<{ hold_id: string; brand_id: string; units: HoldMemo["units"] }[]>`
    SELECT h.hold_id, h.brand_id, h.units FROM insight_hold h
    JOIN unnest(${holds.map((h) => h.holdId)}::text[], ${holds.map((h) => h.brandId)}::text[])
      AS wanted (hold_id, brand_id)
      ON h.hold_id = wanted.hold_id AND h.brand_id = wanted.brand_id`;
  return rows.map((r) => ({ holdId: r.hold_id, brandId: r.brand_id, units: r.units }));
}

export type PoolFillFact = {
  poolId: string;
  brandId: string;
  bucket: Date;
  held: number;
  sold: number;
  returned: number;
  released: number;
  expired: number;
};

const FIGURES = ["held", "sold", "returned", "released", "expired"] as const;

/** Adds each fact's units to its pool's quarter hour (facts of one key summed first). */
export async function addPoolFill(uow: UnitOfWork, facts: readonly PoolFillFact[]) {
  const byKey = new Map<string, PoolFillFact>();
  for (const f of facts) {
    const key = `${f.poolId}|${f.bucket.toISOString()}`;
    const seen = byKey.get(key);
    if (!seen) byKey.set(key, { ...f });
    else for (const x of FIGURES) seen[x] += f[x];
  }
  if (byKey.size === 0) return;
  const values = [...byKey.values()].map(
    (r) =>
      Prisma.sql`(${r.poolId}, ${r.brandId}, ${r.bucket}, ${r.held}, ${r.sold}, ${r.returned},
        ${r.released}, ${r.expired})`,
  );
  await txOf(uow).$executeRaw`
    INSERT INTO insight_pool_fill (pool_id, brand_id, bucket, held, sold, returned, released, expired)
    VALUES ${Prisma.join(values)}
    ON CONFLICT (pool_id, bucket) DO UPDATE SET
      held = insight_pool_fill.held + EXCLUDED.held,
      sold = insight_pool_fill.sold + EXCLUDED.sold,
      returned = insight_pool_fill.returned + EXCLUDED.returned,
      released = insight_pool_fill.released + EXCLUDED.released,
      expired = insight_pool_fill.expired + EXCLUDED.expired
    WHERE insight_pool_fill.brand_id = EXCLUDED.brand_id`;
}

/** Empty the pool-fill read model and its memos, for a rebuild from the log. */
export async function clearPoolFill(uow: UnitOfWork) {
  await txOf(uow).$executeRaw`DELETE FROM insight_pool_fill`;
  await txOf(uow).$executeRaw`DELETE FROM insight_hold`;
  await txOf(uow).$executeRaw`DELETE FROM insight_pool`;
}
