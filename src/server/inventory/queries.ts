import { availabilityOf, decideHold, type DrawState, type PoolState } from "./model/availability";
import type { HoldLineRequest } from "./commands";
import type { UnitOfWork } from "@/server/platform/unit-of-work";
import {
  drawsOf,
  findPool,
  keyOf,
  poolBreaks,
  poolsOfBrand,
  readPools,
  takenOf,
  type DrawKey,
} from "./infrastructure/pools-repo";
import { poolSnapshots, type PoolSnapshot, type SnapshotScope } from "./infrastructure/pool-snapshots";
import type { Versioned } from "@/server/platform/fresh";

export { keyOf, type DrawKey };

/** What one unit of each product or variant draws, keyed by keyOf({productId, variantId}). */
export const drawsFor = (brandId: string, keys: DrawKey[], uow: UnitOfWork | null = null) =>
  drawsOf(uow, brandId, keys);

/** Pools' capacity, sold and held right now. */
export const poolStates = (
  poolIds: string[],
  now: Date,
  uow: UnitOfWork | null = null,
): Promise<Map<string, PoolState>> => readPools([...new Set(poolIds)], now, uow);

/**
 * How many more of each product or variant can be held right now: the same number the shop, Studio and
 * checkout see.
 */
export async function availability(
  brandId: string,
  keys: DrawKey[],
  now: Date,
): Promise<Record<string, number>> {
  const draws = await drawsOf(null, brandId, keys);
  const pools = await readPools([...new Set([...draws.values()].flat().map((d) => d.poolId))], now);
  return Object.fromEntries(keys.map((k) => [keyOf(k), availabilityOf(draws.get(keyOf(k)) ?? [], pools)]));
}

export function availabilityFor(draws: DrawState[], pools: Map<string, PoolState>): number {
  return availabilityOf(draws, pools);
}

const snapshots = poolSnapshots();
export type { PoolSnapshot, SnapshotScope };

/**
 * An event's pool counters and taken counts as the shop shows them (docs/adr/0024): one snapshot
 * per event shared by all requests of this process, at most FRESH_MS behind the database (a write
 * of this process is seen at once), re-read when its next hold runs out. The same object comes
 * back while nothing changed, so callers may keep what they built from it. For showing only: a
 * hold is decided by the pool rows (placeHold), never by this.
 */
export const eventCounters = (scope: SnapshotScope, at: Date): Promise<Versioned<PoolSnapshot>> =>
  snapshots(scope, at);

/** Units of each product sold or held now (what "ends after N sold" counts). */
export async function taken(productIds: string[], now: Date): Promise<Record<string, number>> {
  const map = await takenOf(null, productIds, now);
  return Object.fromEntries(productIds.map((id) => [id, map.get(id) ?? 0]));
}

/** A pool of this brand by its id, or null (another brand's pool is none). */
export async function poolOfBrand(brandId: string, poolId: string) {
  const pool = await findPool(brandId, poolId);
  return pool ? { id: pool.id, name: pool.name, capacity: pool.capacity } : null;
}

export async function poolsOverview(brandId: string, now: Date) {
  const pools = await poolsOfBrand(brandId);
  const state = await readPools(
    pools.map((p) => p.id),
    now,
  );
  return pools.map((p) => ({
    id: p.id,
    name: p.name,
    capacity: p.capacity,
    sold: p.sold,
    held: state.get(p.id)?.held ?? 0,
    draws: p.draws,
  }));
}

/**
 * Would these lines fit right now? The same decision PlaceHold takes, read without locking: a
 * buyer who cannot win is told SoldOut before any order is written, so a rush of losers costs a
 * read each. PlaceHold still decides under the pools' locks — this only saves work.
 */
export async function checkHoldable(lines: HoldLineRequest[], now: Date): Promise<void> {
  const pools = await readPools([...new Set(lines.flatMap((l) => l.draws.map((d) => d.poolId)))], now);
  decideHold(lines, pools);
}

/**
 * The invariant the held and sold counters keep (docs/adr/0006), checked against the holds: the
 * pools, across all brands, whose counters disagree. Run by `npm run check:pools` and the tests.
 */
export const checkPools = () => poolBreaks();
export type { PoolBreak } from "./infrastructure/pools-repo";
