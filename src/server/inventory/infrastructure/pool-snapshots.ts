// The live counters of one event's pools, shared by every request of this process (docs/adr/0024):
// what the shop's offer shows as "left". Read once, then served from memory — for FRESH_MS without
// any query, after that behind one cheap version query — and read afresh when the version moves
// or when the next hold in it runs out (a hold past its time is free at once, before any job
// expires it). Never used to decide a hold: PlaceHold asks the pool rows themselves.
import { db } from "@/server/platform/db";
import { VersionedCache, type Versioned } from "@/server/platform/fresh";
import type { PoolState } from "../model/availability";

/** What one event's snapshot covers. Ids sorted, so equal scopes have equal keys. */
export type SnapshotScope = {
  brandId: string;
  eventId: string;
  poolIds: string[];
  /** Products whose taken count is shown (a price phase ends after N sold). */
  takenOf: string[];
  /** Those of them a hold can take without touching a pool: their taken count is part of the version. */
  unpooled: string[];
};

export type PoolSnapshot = {
  pools: Map<string, PoolState>;
  taken: Map<string, number>;
};

/** Events kept per process: beyond this, the least recently asked for is read again when asked. */
export const MAX_EVENTS = 1000;

export const scopeKey = (s: SnapshotScope) =>
  `${s.brandId}|${s.eventId}|${s.poolIds.join(",")}|${s.takenOf.join(",")}|${s.unpooled.join(",")}`;

/**
 * The version of a scope: every write to a pool row gives it a new xmin (the id of the writing
 * transaction, which only grows), so their sum moves on each sale, hold, release, expiry,
 * refund and capacity change — O(pools), no hold is read. Holds of unpooled products move no
 * pool: their taken count is added as it is.
 */
async function readVersion(scope: SnapshotScope, now: Date): Promise<string> {
  const [row] = await db().$queryRaw<[{ pools: string; taken: string }]>`
    SELECT
      (SELECT coalesce(sum(xmin::text::bigint), 0)::text || '/' || count(*)::text
       FROM pool WHERE id = ANY(${scope.poolIds}) AND brand_id = ${scope.brandId}) AS pools,
      (SELECT coalesce(sum(hi.quantity), 0)::text
       FROM hold_item hi JOIN hold h ON h.id = hi.hold_id
       WHERE hi.product_id = ANY(${scope.unpooled}) AND h.brand_id = ${scope.brandId}
         AND (h.status = 'confirmed' OR (h.status = 'active' AND h.expires_at > ${now}))) AS taken`;
  return `${row.pools}|${row.taken}`;
}

type Row = {
  kind: "pool" | "taken" | "next";
  id: string | null;
  name: string | null;
  capacity: number | null;
  sold: number | null;
  units: number | null;
  at: Date | null;
};

/**
 * The scope's counters as of `now`, in one statement (one consistent view): each pool's
 * capacity, sold and held — less the units of holds already past their time —, each product's
 * taken count, and when the next active hold of these pools or products runs out.
 */
async function readSnapshot(scope: SnapshotScope, now: Date): Promise<Versioned<PoolSnapshot>> {
  // The version first: a write landing between the two reads shows as a newer version next time.
  const version = await readVersion(scope, now);
  const { brandId, poolIds, takenOf } = scope;
  const rows = await db().$queryRaw<Row[]>`
    WITH due AS MATERIALIZED (
      SELECT hl.pool_id, sum(hl.units) AS units
      FROM hold h JOIN hold_line hl ON hl.hold_id = h.id
      WHERE h.status = 'active' AND h.expires_at <= ${now} AND h.brand_id = ${brandId}
        AND hl.pool_id = ANY(${poolIds})
      GROUP BY hl.pool_id),
    taken AS (
      SELECT hi.product_id, sum(hi.quantity) AS units
      FROM hold_item hi JOIN hold h ON h.id = hi.hold_id
      WHERE hi.product_id = ANY(${takenOf}) AND h.brand_id = ${brandId}
        AND (h.status = 'confirmed' OR (h.status = 'active' AND h.expires_at > ${now}))
      GROUP BY hi.product_id),
    next AS (
      SELECT h.expires_at FROM hold h
      WHERE h.status = 'active' AND h.expires_at > ${now} AND h.brand_id = ${brandId}
        AND (EXISTS (SELECT 1 FROM hold_line hl WHERE hl.hold_id = h.id AND hl.pool_id = ANY(${poolIds}))
          OR EXISTS (SELECT 1 FROM hold_item hi WHERE hi.hold_id = h.id AND hi.product_id = ANY(${takenOf})))
      ORDER BY h.expires_at LIMIT 1)
    SELECT 'pool' AS kind, p.id, p.name, p.capacity, p.sold,
      (p.held - coalesce(due.units, 0))::int AS units, NULL::timestamp(3) AS at
    FROM pool p LEFT JOIN due ON due.pool_id = p.id
    WHERE p.id = ANY(${poolIds}) AND p.brand_id = ${brandId}
    UNION ALL SELECT 'taken', product_id, NULL, NULL, NULL, units::int, NULL FROM taken
    UNION ALL SELECT 'next', NULL, NULL, NULL, NULL, NULL, expires_at FROM next`;
  const pools = new Map<string, PoolState>();
  const taken = new Map<string, number>();
  let until: number | null = null;
  for (const r of rows) {
    if (r.kind === "pool")
      pools.set(r.id!, { id: r.id!, name: r.name!, capacity: r.capacity!, sold: r.sold!, held: r.units! });
    else if (r.kind === "taken") taken.set(r.id!, r.units!);
    else until = r.at!.getTime();
  }
  return { version, value: { pools, taken }, until };
}

/** One process's snapshots, by scope. */
export function poolSnapshots(max = MAX_EVENTS) {
  const cache = new VersionedCache<string, PoolSnapshot, SnapshotScope>(
    { version: (_, at, scope) => readVersion(scope, at), load: (_, at, scope) => readSnapshot(scope, at) },
    { max },
  );
  /**
   * The scope's snapshot as fans see it at `at` (within FRESH_MS of the database, or of this process's last
   * write).
   */
  return (scope: SnapshotScope, at: Date) => cache.get(scopeKey(scope), at, scope);
}
