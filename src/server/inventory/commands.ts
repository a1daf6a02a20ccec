import { newId } from "@/server/platform/ids";
import { DomainError, invalid, notFound } from "@/server/platform/errors";
import { metadataFor, type Actor } from "@/server/platform/metadata";
import {
  transaction,
  type StatementGuard,
  type StatementPart,
  type UnitOfWork,
} from "@/server/platform/unit-of-work";
import { addJob, addJobPart } from "@/server/platform/jobs";
import { appendToStream, appendToStreams, type EventMetadata, type NewStream } from "@/server/eventlog";
import {
  decideConfirm,
  decideExpire,
  decideHold,
  decideReclaim,
  decideRelease,
  holdDemand,
} from "./model/availability";
import {
  subtractSold,
  findHoldStatus,
  findPool,
  setHoldOwner,
  giveBackHeld,
  heldToSold,
  holdStatement,
  insertDraws,
  insertHold,
  insertPool,
  lockHold,
  lockLiveHolds,
  lockPastDueHolds,
  markHold,
  markHolds,
  readPools,
  takeHeld,
  takeHeldCountingPastDue,
  takeSold,
  takeSoldCountingPastDue,
} from "./infrastructure/pools-repo";
import type { PoolInput } from "./model/pool-input";
import type { DrawState } from "./model/availability";
import type { InventoryEvent } from "./events";

/** What draws from a pool (drawInput parsed it at the edge, or a workflow made it). */
export type DrawRequest = { productId: string; variantId: string | null; units: number };

/** CreatePool: a capacity, and what draws from it. */
export async function createPool(
  uow: UnitOfWork,
  actor: Actor,
  brandId: string,
  pool: PoolInput,
  draws: readonly DrawRequest[] = [],
): Promise<{ poolId: string }> {
  const { name, capacity } = pool;
  const poolId = newId("pool_");
  await insertPool(
    uow,
    { id: poolId, brandId, name, capacity },
    draws.map((d) => ({ id: newId("drw_"), ...d })),
  );
  await appendToStream<InventoryEvent>(
    uow,
    `pool-${poolId}`,
    0,
    [{ type: "PoolCreated", payload: { poolId, name, capacity, draws: [...draws] } }],
    metadataFor(actor, brandId),
  );
  return { poolId };
}

/** AddDraw: one more product (or variant) draws `units` from this pool for every unit sold. */
export async function addDraw(
  uow: UnitOfWork,
  actor: Actor,
  brandId: string,
  poolId: string,
  draw: DrawRequest,
): Promise<void> {
  const pool = await findPool(brandId, poolId, uow);
  if (!pool) throw notFound("This pool does not exist.");
  if (pool.draws.some((d) => d.productId === draw.productId && d.variantId === draw.variantId))
    throw invalid("This product already draws from this pool.", { field: "productId" });
  await insertDraws(uow, poolId, [{ id: newId("drw_"), ...draw }]);
  await appendToStream<InventoryEvent>(
    uow,
    `pool-${poolId}`,
    "any",
    [{ type: "DrawAdded", payload: { poolId, ...draw } }],
    metadataFor(actor, brandId),
  );
}

/**
 * One line of a cart to hold: what it is, how many, and what ONE unit of it draws (a bundle's
 * draws are its chosen components'). `contains` lists what one unit of a bundle contains, so the
 * tickets inside a pack count as taken for the ticket's own "after N sold" price phases.
 */
export type HoldLineRequest = {
  productId: string;
  variantId: string | null;
  productName: string;
  quantity: number;
  draws: DrawState[];
  contains?: { productId: string; variantId: string | null; quantity: number }[];
};

/**
 * PlaceHold: reserve every pool the lines need, all or nothing, until `expiresAt`. Each pool is
 * one conditional UPDATE of its held counter, in pool-id order (docs/adr/0006); the rows it
 * updates stay locked until the transaction ends, so callers place it LAST in their unit of work
 * (pass `holdId` to write rows that refer to the hold before it exists): the shorter that lock,
 * the more buyers of one pool per second.
 */
export async function placeHold(
  uow: UnitOfWork,
  meta: EventMetadata,
  brandId: string,
  lines: HoldLineRequest[],
  now: Date,
  expiresAt: Date,
  opts: { ownerRef?: string; holdId?: string; replaces?: string } = {},
): Promise<{ holdId: string }> {
  const ownerRef = opts.ownerRef ?? null;
  const holdId = opts.holdId ?? newId("hold_");
  const { held, demand } = holdDemand(lines);
  // Scheduled before the pools are taken (a refused hold rolls the job back with it).
  await addJob(uow, "expire-hold", { holdId }, { runAt: expiresAt, jobKey: `expire-hold:${holdId}` });
  // A cart changing its hold releases the old one here, netted pool by pool with the new one:
  // releasing first would lock its pools out of id order with the new hold's (a deadlock).
  const old = opts.replaces ? await lockHold(uow, opts.replaces) : null;
  const released = old ? decideRelease(old) : [];
  const back = old && released.length ? old.lines : [];
  if (old && back.length) {
    await markHold(uow, old.id, "released");
    await appendToStream<InventoryEvent>(uow, `hold-${old.id}`, "any", released, meta);
  }
  // The pools stay locked from here until the caller commits: callers write everything else first.
  await takePools(uow, brandId, lines, demand, back, now, (poolId, units, countPastDue) =>
    countPastDue
      ? takeHeldCountingPastDue(uow, brandId, poolId, units, now)
      : takeHeld(uow, brandId, poolId, units),
  );
  const items = holdItems(lines);
  await insertHold(
    uow,
    { id: holdId, brandId, expiresAt, ownerRef, status: "active" },
    held.map((h) => ({ id: newId("hln_"), ...h })),
    items,
  );
  await appendToStream<InventoryEvent>(
    uow,
    `hold-${holdId}`,
    0,
    [{ type: "HoldPlaced", payload: { holdId, expiresAt: expiresAt.toISOString(), lines: held } }],
    meta,
  );
  return { holdId };
}

/**
 * PlaceHold as parts of one statement (docs/adr/0023), for a purchase that writes everything at
 * once: the pools' conditional updates (the guard), the hold's rows and its expiry job, and its
 * HoldPlaced as a new stream. Nothing is written until the caller's writeTogether; if it refuses
 * (no room), nothing was, and the caller falls back to placeHold, which expires holds past their
 * time and names the line that does not fit. No `replaces`: that takes locks of its own.
 */
export function holdAtOnce(
  brandId: string,
  lines: HoldLineRequest[],
  expiresAt: Date,
  opts: { ownerRef: string; holdId: string },
): { guard: StatementGuard; parts: StatementPart[]; streams: NewStream[] } {
  const { holdId, ownerRef } = opts;
  const { held, demand } = holdDemand(lines);
  const { guard, parts } = holdStatement(
    brandId,
    demand,
    { id: holdId, expiresAt, ownerRef },
    held.map((h) => ({ id: newId("hln_"), ...h })),
    holdItems(lines),
  );
  return {
    guard,
    parts: [
      ...parts,
      addJobPart("expire-hold", { holdId }, { runAt: expiresAt, jobKey: `expire-hold:${holdId}` }),
    ],
    streams: [
      {
        streamId: `hold-${holdId}`,
        events: [
          { type: "HoldPlaced", payload: { holdId, expiresAt: expiresAt.toISOString(), lines: held } },
        ],
      },
    ],
  };
}

/** What a hold holds, per product: its lines, and what one unit of a bundle line contains. */
function holdItems(lines: HoldLineRequest[]) {
  return lines.flatMap((l) => [
    { id: newId("hit_"), productId: l.productId, variantId: l.variantId, quantity: l.quantity },
    ...(l.contains ?? []).map((c) => ({
      id: newId("hit_"),
      productId: c.productId,
      variantId: c.variantId,
      quantity: c.quantity * l.quantity,
    })),
  ]);
}

/**
 * Takes `units` of a pool: the plain conditional update, or, with the pool locked, one that counts the units
 * of holds past their time as free.
 */
type Take = (poolId: string, units: number, countPastDue: boolean) => Promise<boolean>;

/**
 * Takes `demand` (units per pool, pool-id order) with `take`, all or nothing. A pool without room
 * first expires its holds already past their time — as the expiry job would, so a late job never
 * shows a sold-out that is not — and is tried once more. Still no room: the pure decideHold, given
 * the pools as they are less what this cart took, names the line and how many are left.
 */
async function takePools(
  uow: UnitOfWork,
  brandId: string,
  lines: HoldLineRequest[],
  wanted: { poolId: string; units: number }[],
  back: { poolId: string; units: number }[],
  now: Date,
  take: Take,
): Promise<void> {
  const backOf = new Map<string, number>();
  for (const b of back) backOf.set(b.poolId, (backOf.get(b.poolId) ?? 0) + b.units);
  const want = new Map(wanted.map((w) => [w.poolId, w.units]));
  const demand = [...new Set([...want.keys(), ...backOf.keys()])]
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
    .map((poolId) => ({ poolId, units: (want.get(poolId) ?? 0) - (backOf.get(poolId) ?? 0) }));
  const taken = new Map<string, number>();
  for (const { poolId, units } of demand) {
    if (units <= 0) {
      // Fewer units than the released hold had here: give the rest back, no room needed.
      if (units < 0) await giveBackHeld(uow, [{ poolId, units: -units }]);
      taken.set(poolId, units);
      continue;
    }
    const locked = new Set([...taken].filter(([, u]) => u !== 0).map(([id]) => id));
    if (!(await takeOrExpire(uow, brandId, poolId, units, now, locked, take))) {
      const pools = await readPools(
        demand.map((d) => d.poolId),
        now,
        uow,
        brandId,
      );
      // As the pools were before this cart: less what it took, less the hold it replaces.
      for (const [id, p] of pools)
        pools.set(id, { ...p, held: p.held - (taken.get(id) ?? 0) - (backOf.get(id) ?? 0) });
      decideHold(lines, pools);
      // Unreachable while the pool stays locked (its state above is exact); refuse all the same.
      decideHold(lines, new Map([...pools].filter(([id]) => id !== poolId)));
    }
    taken.set(poolId, units);
  }
}

/**
 * `take`, and when the pool has no room: expire its holds past their time and take again. A hold
 * is expired here only if every pool it draws is one this transaction already holds (or this
 * one): locking any other would break the pool-id order and could deadlock. Any left (a bundle's
 * hold on other pools) still count as free, with this pool locked, until their job runs.
 */
async function takeOrExpire(
  uow: UnitOfWork,
  brandId: string,
  poolId: string,
  units: number,
  now: Date,
  locked: Set<string>,
  take: Take,
): Promise<boolean> {
  if (await take(poolId, units, false)) return true;
  const safe = new Set([...locked, poolId]);
  let expired = 0;
  for (const id of await lockPastDueHolds(uow, brandId, poolId, now)) {
    const hold = await lockHold(uow, id);
    if (hold && hold.lines.every((l) => safe.has(l.poolId)) && (await expireLocked(uow, hold, now)))
      expired++;
  }
  if (expired > 0 && (await take(poolId, units, false))) return true;
  return take(poolId, units, true);
}

/**
 * ConfirmHold for `ownerRef` (the order paying): the held units become sold. Idempotent.
 * If the hold ended before the payment arrived, or now belongs to another order, the units are
 * sold only if they are still free — recorded as a hold of its own, so a redelivery sells
 * nothing twice — otherwise nothing is sold and the caller refunds: never oversell, never keep
 * money for nothing.
 */
export async function confirmHold(
  meta: EventMetadata,
  holdId: string,
  now: Date,
  ownerRef: string,
): Promise<{ confirmed: boolean }> {
  return transaction(async (tx) => {
    const hold = await lockHold(tx, holdId);
    if (!hold) throw notFound(`Hold ${holdId} does not exist.`);
    const decision = decideConfirm(hold, ownerRef, now);
    if (decision.then === "done") return { confirmed: true };
    if (decision.then === "confirm") {
      await heldToSold(tx, hold.lines);
      await markHold(tx, holdId, "confirmed");
      await appendToStream<InventoryEvent>(tx, `hold-${holdId}`, "any", decision.events, meta);
      return { confirmed: true };
    }
    // Take the units again, as a new hold of this owner's, if every pool still has them.
    const reclaimId = `hold_reclaim_${ownerRef}`;
    if ((await lockHold(tx, reclaimId))?.status === "confirmed") return { confirmed: true };
    const { demand } = holdDemand(
      hold.lines.map((l) => ({
        productId: l.productId,
        productName: l.productId,
        quantity: 1,
        draws: [{ poolId: l.poolId, units: l.units }],
      })),
    );
    const sold: typeof demand = [];
    const take: Take = (poolId, units, countPastDue) =>
      countPastDue
        ? takeSoldCountingPastDue(tx, hold.brandId, poolId, units, now)
        : takeSold(tx, hold.brandId, poolId, units);
    for (const d of demand) {
      const locked = new Set(sold.map((x) => x.poolId));
      if (!(await takeOrExpire(tx, hold.brandId, d.poolId, d.units, now, locked, take))) break;
      sold.push(d);
    }
    const reclaimed = decideReclaim(holdId, ownerRef, reclaimId, sold.length === demand.length);
    if (reclaimed[0].type === "HoldNotReclaimed") {
      // Not every pool had room: what was sold goes back (the expiries above stand).
      await subtractSold(tx, sold);
      await appendToStream<InventoryEvent>(tx, `hold-${holdId}`, "any", reclaimed, meta);
      return { confirmed: false };
    }
    await insertHold(
      tx,
      { id: reclaimId, brandId: hold.brandId, expiresAt: now, ownerRef, status: "confirmed" },
      hold.lines.map((l, i) => ({
        id: `${reclaimId}_${i}`,
        poolId: l.poolId,
        productId: l.productId,
        quantity: l.quantity,
        units: l.units,
      })),
      hold.items.map((it, i) => ({ id: `${reclaimId}_i${i}`, ...it })),
    );
    await appendToStream<InventoryEvent>(tx, `hold-${reclaimId}`, 0, reclaimed, meta);
    return { confirmed: true };
  });
}

/**
 * ConfirmHold for a batch of paid orders, in the caller's transaction: each order's own live
 * hold becomes sold, every pool moved once and every HoldConfirmed appended in one statement.
 * Returns the holds it confirmed; any other (sold already, ended, another order's) is left
 * untouched for confirmHold, one at a time, which knows how to reclaim or refuse it.
 */
export async function confirmHolds(
  uow: UnitOfWork,
  paid: { holdId: string; ownerRef: string; meta: EventMetadata }[],
  now: Date,
): Promise<Set<string>> {
  const byHold = new Map(paid.map((p) => [p.holdId, p]));
  const holds = await lockLiveHolds(
    uow,
    [...byHold.values()].map((p) => ({ holdId: p.holdId, brandId: p.meta.brandId })),
    now,
  );
  const confirmed = holds.flatMap((hold) => {
    const { ownerRef, meta } = byHold.get(hold.id)!;
    const decision = decideConfirm(hold, ownerRef, now);
    return decision.then === "confirm" ? [{ hold, events: decision.events, meta }] : [];
  });
  if (confirmed.length === 0) return new Set();
  await heldToSold(
    uow,
    confirmed.flatMap((c) => c.hold.lines),
  );
  await markHolds(
    uow,
    confirmed.map((c) => c.hold.id),
    "confirmed",
  );
  await appendToStreams<InventoryEvent>(
    uow,
    confirmed.map((c) => ({
      streamId: `hold-${c.hold.id}`,
      expectedVersion: "any",
      events: c.events,
      metadata: c.meta,
    })),
  );
  return new Set(confirmed.map((c) => c.hold.id));
}

/** AssignHold: a held cart becomes an order's — only that order's payment will sell it. */
export async function assignHold(
  uow: UnitOfWork,
  holdId: string,
  ownerRef: string,
  now: Date,
): Promise<void> {
  const hold = await lockHold(uow, holdId);
  if (!hold || hold.status !== "active" || hold.expiresAt <= now)
    throw new DomainError("HoldExpired", "Your reservation ended. Hold your tickets again to continue.");
  await setHoldOwner(uow, holdId, ownerRef);
}

/** ReleaseHold: the order behind it was cancelled or its payment failed. Idempotent. */
export async function releaseHold(meta: EventMetadata, holdId: string, uow?: UnitOfWork): Promise<void> {
  const release = async (tx: UnitOfWork) => {
    const hold = await lockHold(tx, holdId);
    const released = hold ? decideRelease(hold) : [];
    if (!hold || released.length === 0) return;
    await markHold(tx, holdId, "released");
    await giveBackHeld(tx, hold.lines);
    await appendToStream<InventoryEvent>(tx, `hold-${holdId}`, "any", released, meta);
  };
  if (uow) await release(uow);
  else await transaction(release);
}

/** When a hold ends (null if it does not exist), and whether it is still active. */
export async function holdStatus(
  holdId: string,
  uow: UnitOfWork | null = null,
): Promise<{ status: string; expiresAt: Date } | null> {
  return findHoldStatus(holdId, uow);
}

/** The expire-hold job: an active hold past its time expires, and its units leave the pools' held count. */
export async function expireHold(holdId: string, now: Date): Promise<void> {
  await transaction(async (tx) => {
    const hold = await lockHold(tx, holdId);
    if (hold) await expireLocked(tx, hold, now);
  });
}

/** Expires a hold its caller has locked, if it is active and past its time (the job, or a full pool). */
async function expireLocked(
  uow: UnitOfWork,
  hold: NonNullable<Awaited<ReturnType<typeof lockHold>>>,
  now: Date,
): Promise<boolean> {
  const expired = decideExpire(hold, now);
  if (expired.length === 0) return false;
  await markHold(uow, hold.id, "expired");
  await giveBackHeld(uow, hold.lines);
  const meta = metadataFor({ kind: "system", label: "system" }, hold.brandId);
  await appendToStream<InventoryEvent>(uow, `hold-${hold.id}`, "any", expired, meta);
  return true;
}

/** ReturnUnits: sold units come back to their pools (a refund), to be sold again. */
export async function returnUnits(
  uow: UnitOfWork,
  meta: EventMetadata,
  lines: { poolId: string; units: number }[],
  reason: string,
): Promise<void> {
  const back = await subtractSold(
    uow,
    lines.filter((l) => l.units > 0),
  );
  for (const l of back)
    await appendToStream<InventoryEvent>(
      uow,
      `pool-${l.poolId}`,
      "any",
      [{ type: "UnitsReturned", payload: { poolId: l.poolId, units: l.units, reason } }],
      meta,
    );
}
