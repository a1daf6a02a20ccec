import {
  db,
  guarded,
  Prisma,
  statementGuard,
  txOf,
  writePart,
  type StatementGuard,
  type StatementPart,
  type UnitOfWork,
} from "@/server/platform/db";
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

/**
 * What one unit of each product (or variant) draws. A variant draws its own draws plus its product's variant-
 * less ones.
 */
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

/** Units per pool, summed and in pool-id order: the one order every writer locks pools in (no deadlocks). */
function perPool(lines: { poolId: string; units: number }[]): [string, number][] {
  const byPool = new Map<string, number>();
  for (const l of lines) byPool.set(l.poolId, (byPool.get(l.poolId) ?? 0) + l.units);
  return [...byPool].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

let unconditional = false;
/**
 * Tests only: place holds with an UPDATE that does not check the room, to prove the race test
 * can see an oversell (a race test that cannot fail proves nothing).
 */
export function holdWithoutRoomCheck(on: boolean) {
  if (on && process.env.VITEST !== "true") throw new Error("holdWithoutRoomCheck is for tests only");
  unconditional = on;
}

/**
 * Holds `units` of one pool if they are free: one conditional UPDATE, atomic under the row's
 * lock, which it then keeps until commit. False when the pool (of this brand) has no room.
 * See docs/adr/0006.
 */
export async function takeHeld(uow: UnitOfWork, brandId: string, poolId: string, units: number) {
  if (unconditional) {
    await txOf(uow)
      .$executeRaw`UPDATE pool SET held = held + ${units} WHERE id = ${poolId} AND brand_id = ${brandId}`;
    return true;
  }
  const n = await txOf(uow).$executeRaw`
    UPDATE pool SET held = held + ${units}
    WHERE id = ${poolId} AND brand_id = ${brandId} AND sold + held + ${units} <= capacity`;
  return n === 1;
}

/**
 * takeHeld for every pool of a hold, and the hold's rows, as parts of one statement (writeTogether,
 * docs/adr/0023). The guard is one conditional UPDATE per pool, in pool-id order, each run only
 * if the one before took its units (so the locks are taken in that order, as takeHeld's are);
 * the hold, its lines and items are written only if the last one did. A refused guard with
 * several pools may have taken the first ones: it is `partial`, and writeTogether rolls it back.
 */
export function holdStatement(
  brandId: string,
  demand: { poolId: string; units: number }[],
  hold: { id: string; expiresAt: Date; ownerRef: string | null },
  lines: (HeldLine & { id: string })[],
  items: { id: string; productId: string; variantId: string | null; quantity: number }[],
): { guard: StatementGuard; parts: StatementPart[] } {
  const takes = demand.map(({ poolId, units }, i) => {
    const name = Prisma.raw(`take${i}`);
    const room = unconditional ? Prisma.empty : Prisma.sql`AND sold + held + ${units}::int <= capacity`;
    const after =
      i === 0 ? Prisma.empty : Prisma.sql`AND EXISTS (SELECT 1 FROM ${Prisma.raw(`take${i - 1}`)})`;
    return Prisma.sql`${name} AS (
      UPDATE pool SET held = held + ${units}::int
      WHERE id = ${poolId}::text AND brand_id = ${brandId}::text ${room} ${after} RETURNING id)`;
  });
  const ok =
    demand.length === 0
      ? Prisma.sql`ok AS (SELECT true AS ok)`
      : Prisma.sql`ok AS (SELECT EXISTS (SELECT 1 FROM ${Prisma.raw(`take${demand.length - 1}`)}) AS ok)`;
  const now = new Date().toISOString(); // created_at, as Prisma's @default(now()) would set it
  const parts = [
    writePart(Prisma.sql`INSERT INTO hold (id, brand_id, owner_ref, status, expires_at, created_at)
      SELECT ${hold.id}::text, ${brandId}::text, ${hold.ownerRef}::text, 'active',
        ${hold.expiresAt.toISOString()}::timestamptz AT TIME ZONE 'UTC', ${now}::timestamptz AT TIME ZONE 'UTC'
      WHERE ${guarded}`),
  ];
  if (lines.length)
    parts.push(
      writePart(Prisma.sql`INSERT INTO hold_line (id, hold_id, pool_id, product_id, quantity, units)
        SELECT * FROM (VALUES ${Prisma.join(
          lines.map(
            (l) =>
              Prisma.sql`(${l.id}::text, ${hold.id}::text, ${l.poolId}::text, ${l.productId}::text, ${l.quantity}::int, ${l.units}::int)`,
          ),
        )}) AS l WHERE ${guarded}`),
    );
  if (items.length)
    parts.push(
      writePart(Prisma.sql`INSERT INTO hold_item (id, hold_id, product_id, variant_id, quantity)
        SELECT * FROM (VALUES ${Prisma.join(
          items.map(
            (it) =>
              Prisma.sql`(${it.id}::text, ${hold.id}::text, ${it.productId}::text, ${it.variantId}::text, ${it.quantity}::int)`,
          ),
        )}) AS i WHERE ${guarded}`),
    );
  return { guard: statementGuard([...takes, ok], demand.length > 1), parts };
}

/** A hold's units leave `held` (released or expired), pool by pool in id order. */
export async function giveBackHeld(uow: UnitOfWork, lines: { poolId: string; units: number }[]) {
  for (const [poolId, units] of perPool(lines))
    await txOf(uow).$executeRaw`UPDATE pool SET held = held - ${units} WHERE id = ${poolId}`;
}

/** A confirmed hold: its units move from held to sold. */
export async function heldToSold(uow: UnitOfWork, lines: { poolId: string; units: number }[]) {
  for (const [poolId, units] of perPool(lines))
    await txOf(uow)
      .$executeRaw`UPDATE pool SET held = held - ${units}, sold = sold + ${units} WHERE id = ${poolId}`;
}

/** Sells `units` of one pool outright if they are free (a late payment reclaiming its units). */
export async function takeSold(uow: UnitOfWork, brandId: string, poolId: string, units: number) {
  const n = await txOf(uow).$executeRaw`
    UPDATE pool SET sold = sold + ${units}
    WHERE id = ${poolId} AND brand_id = ${brandId} AND sold + held + ${units} <= capacity`;
  return n === 1;
}

/**
 * The slow path of takeHeld, for a full pool whose holds past their time could not all be
 * expired: the pool is locked FIRST, so no hold of it can settle meanwhile (settling moves its
 * held count under this lock), then the units of its holds past their time count as free.
 */
export async function takeHeldCountingPastDue(
  uow: UnitOfWork,
  brandId: string,
  poolId: string,
  units: number,
  now: Date,
) {
  await txOf(uow).$queryRaw`SELECT id FROM pool WHERE id = ${poolId} AND brand_id = ${brandId} FOR UPDATE`;
  const n = await txOf(uow).$executeRaw`
    UPDATE pool SET held = held + ${units}
    WHERE id = ${poolId} AND brand_id = ${brandId}
      AND sold + held + ${units} <= capacity + ${pastDueUnits(poolId, now)}`;
  return n === 1;
}

/** takeSold's slow path, as takeHeldCountingPastDue. */
export async function takeSoldCountingPastDue(
  uow: UnitOfWork,
  brandId: string,
  poolId: string,
  units: number,
  now: Date,
) {
  await txOf(uow).$queryRaw`SELECT id FROM pool WHERE id = ${poolId} AND brand_id = ${brandId} FOR UPDATE`;
  const n = await txOf(uow).$executeRaw`
    UPDATE pool SET sold = sold + ${units}
    WHERE id = ${poolId} AND brand_id = ${brandId}
      AND sold + held + ${units} <= capacity + ${pastDueUnits(poolId, now)}`;
  return n === 1;
}

const pastDueUnits = (poolId: string, now: Date) => Prisma.sql`(
  SELECT coalesce(sum(hl.units), 0) FROM hold h JOIN hold_line hl ON hl.hold_id = h.id
  WHERE h.status = 'active' AND h.expires_at <= ${now} AND hl.pool_id = ${poolId})`;

/**
 * The active holds of this pool already past their time that nobody else is settling right now
 * (SKIP LOCKED: an expiry job holding one is about to free it; waiting on it could deadlock),
 * locked for the caller. Found through hold(status, expires_at): the few past due, not the many.
 */
export async function lockPastDueHolds(
  uow: UnitOfWork,
  brandId: string,
  poolId: string,
  now: Date,
): Promise<string[]> {
  const rows = await txOf(uow).$queryRaw<{ id: string }[]>`
    SELECT h.id FROM hold h
    WHERE h.status = 'active' AND h.expires_at <= ${now} AND h.brand_id = ${brandId}
      AND EXISTS (SELECT 1 FROM hold_line hl WHERE hl.hold_id = h.id AND hl.pool_id = ${poolId})
    ORDER BY h.id FOR UPDATE OF h SKIP LOCKED`;
  return rows.map((r) => r.id);
}

/**
 * Pools' capacity, sold and held as fans see them now: the held counter less the units of
 * holds already past their time that no job has expired yet (by time they are free).
 */
export async function readPools(
  poolIds: string[],
  now: Date,
  uow: UnitOfWork | null = null,
  brandId: string | null = null,
): Promise<Map<string, PoolState>> {
  if (poolIds.length === 0) return new Map();
  const rows = await (uow ? txOf(uow) : db()).$queryRaw<
    { id: string; name: string; capacity: number; sold: number; held: number; past_due: bigint }[]
  >`
    WITH due AS MATERIALIZED (
      SELECT hl.pool_id, sum(hl.units) AS units
      FROM hold h JOIN hold_line hl ON hl.hold_id = h.id
      WHERE h.status = 'active' AND h.expires_at <= ${now} AND hl.pool_id = ANY(${poolIds})
      GROUP BY hl.pool_id)
    SELECT p.id, p.name, p.capacity, p.sold, p.held, coalesce(due.units, 0) AS past_due
    FROM pool p LEFT JOIN due ON due.pool_id = p.id
    WHERE p.id = ANY(${poolIds}) AND (${brandId}::text IS NULL OR p.brand_id = ${brandId})`;
  return new Map(
    rows.map((r) => [
      r.id,
      {
        id: r.id,
        name: r.name,
        capacity: r.capacity,
        sold: r.sold,
        held: r.held - Number(r.past_due),
      },
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

/**
 * Units of each product taken so far: sold, or held by an unexpired hold. Price phases that end "after N
 * sold" read it.
 */
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

/**
 * lockHold for a batch (a rush's paid orders): each of these holds of its brand that is still live
 * at `now`, locked in id order, with its lines, in two statements. The others (not found, of
 * another brand, ended or past their time) are left out and unlocked: a purchase expiring a full
 * pool's past-due holds locks them while it holds the pool, and this batch locks its pools next.
 */
export async function lockLiveHolds(
  uow: UnitOfWork,
  holds: { holdId: string; brandId: string }[],
  now: Date,
) {
  const rows = await txOf(uow).$queryRaw<
    { id: string; brand_id: string; status: string; expires_at: Date; owner_ref: string | null }[]
  >`SELECT h.id, h.brand_id, h.status, h.expires_at, h.owner_ref FROM hold h
    JOIN unnest(${holds.map((h) => h.holdId)}::text[], ${holds.map((h) => h.brandId)}::text[])
      AS wanted (id, brand_id) ON wanted.id = h.id AND wanted.brand_id = h.brand_id
    WHERE h.status = 'active' AND h.expires_at > ${now}
    ORDER BY h.id FOR UPDATE OF h`;
  const lines = await txOf(uow).holdLine.findMany({
    where: { holdId: { in: rows.map((h) => h.id) } },
    select: { holdId: true, poolId: true, productId: true, quantity: true, units: true },
  });
  return rows.map((h) => ({
    id: h.id,
    brandId: h.brand_id,
    status: h.status as HoldStatus,
    expiresAt: h.expires_at,
    ownerRef: h.owner_ref,
    lines: lines.filter((l) => l.holdId === h.id),
  }));
}

export async function markHolds(uow: UnitOfWork, holdIds: string[], status: HoldStatus) {
  await txOf(uow).hold.updateMany({ where: { id: { in: holdIds } }, data: { status } });
}

export async function markHold(uow: UnitOfWork, holdId: string, status: HoldStatus) {
  await txOf(uow).hold.update({ where: { id: holdId }, data: { status } });
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
  const byPool = perPool(lines);
  for (const [poolId, units] of byPool)
    await txOf(uow).$executeRaw`UPDATE pool SET sold = GREATEST(sold - ${units}, 0) WHERE id = ${poolId}`;
  return byPool.map(([poolId, units]) => ({ poolId, units }));
}

export type PoolBreak = {
  id: string;
  brandId: string;
  name: string;
  held: number;
  heldByHolds: number;
  sold: number;
  soldByHolds: number;
};

/**
 * The pools whose counters disagree with their holds, across all brands (an operator's check):
 * `held` must be the units of the holds still active (those past their time included, until
 * they are expired — by the job, or by a full pool), and `sold` the units of the confirmed holds
 * less the units refunds gave back (UnitsReturned on the pool's stream).
 */
export async function poolBreaks(): Promise<{ pools: number; breaks: PoolBreak[] }> {
  const rows = await db().$queryRaw<
    {
      id: string;
      brand_id: string;
      name: string;
      held: number;
      sold: number;
      held_by_holds: bigint;
      sold_by_holds: bigint;
    }[]
  >`
    WITH lines AS (
      SELECT hl.pool_id,
        sum(hl.units) FILTER (WHERE h.status = 'active') AS active,
        sum(hl.units) FILTER (WHERE h.status = 'confirmed') AS confirmed
      FROM hold_line hl JOIN hold h ON h.id = hl.hold_id
      GROUP BY hl.pool_id),
    returned AS (
      SELECT substr(stream_id, 6) AS pool_id, sum((payload->>'units')::int) AS units
      FROM event_log WHERE type = 'UnitsReturned' AND stream_id LIKE 'pool-%'
      GROUP BY 1),
    checked AS (
      SELECT p.id, p.brand_id, p.name, p.held, p.sold,
        coalesce(l.active, 0) AS held_by_holds,
        greatest(coalesce(l.confirmed, 0) - coalesce(r.units, 0), 0) AS sold_by_holds
      FROM pool p LEFT JOIN lines l ON l.pool_id = p.id LEFT JOIN returned r ON r.pool_id = p.id)
    SELECT * FROM checked WHERE held <> held_by_holds OR sold <> sold_by_holds ORDER BY id`;
  const [{ pools }] = await db().$queryRaw<[{ pools: bigint }]>`SELECT count(*) AS pools FROM pool`;
  return {
    pools: Number(pools),
    breaks: rows.map((r) => ({
      id: r.id,
      brandId: r.brand_id,
      name: r.name,
      held: r.held,
      heldByHolds: Number(r.held_by_holds),
      sold: r.sold,
      soldByHolds: Number(r.sold_by_holds),
    })),
  };
}
