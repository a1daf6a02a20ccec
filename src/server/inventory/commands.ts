import { newId } from "@/server/platform/ids";
import { DomainError, invalid, notFound } from "@/server/platform/errors";
import { metadataFor, type Actor } from "@/server/platform/metadata";
import { transaction, type UnitOfWork } from "@/server/platform/unit-of-work";
import { addJob } from "@/server/platform/jobs";
import { appendToStream, type EventMetadata } from "@/server/eventlog";
import { decideExpire, decideHold, decideRelease } from "./model/availability";
import {
  addSold,
  subtractSold,
  findHoldStatus,
  findPool,
  setHoldOwner,
  insertDraws,
  insertHold,
  insertPool,
  lockHold,
  lockPools,
  markHold,
} from "./infrastructure/pools-repo";
import { drawInput, poolInput } from "./model/pool-input";
import type { DrawState } from "./model/availability";

export type DrawRequest = { productId: string; variantId: string | null; units: number };

function parse<T>(
  schema: {
    safeParse(
      v: unknown,
    ):
      | { success: true; data: T }
      | { success: false; error: { issues: { message: string; path: PropertyKey[] }[] } };
  },
  raw: unknown,
  prefix = "",
): T {
  const r = schema.safeParse(raw);
  if (!r.success)
    throw invalid(r.error.issues[0]!.message, { field: prefix + r.error.issues[0]!.path.join(".") });
  return r.data;
}

/** CreatePool: a capacity, and what draws from it. */
export async function createPool(
  uow: UnitOfWork,
  actor: Actor,
  brandId: string,
  raw: { name: unknown; capacity: unknown },
  rawDraws: unknown[] = [],
): Promise<{ poolId: string }> {
  const { name, capacity } = parse(poolInput, raw);
  const draws = rawDraws.map((d, i) => parse(drawInput, d, `draws.${i}.`));
  const poolId = newId("pool_");
  await insertPool(
    uow,
    { id: poolId, brandId, name, capacity },
    draws.map((d) => ({ id: newId("drw_"), ...d })),
  );
  await appendToStream(
    uow,
    `pool-${poolId}`,
    0,
    [{ type: "PoolCreated", payload: { poolId, name, capacity, draws } }],
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
  raw: unknown,
): Promise<void> {
  const draw = parse(drawInput, raw);
  const pool = await findPool(brandId, poolId, uow);
  if (!pool) throw notFound("This pool does not exist.");
  if (pool.draws.some((d) => d.productId === draw.productId && d.variantId === draw.variantId))
    throw invalid("This product already draws from this pool.", { field: "productId" });
  await insertDraws(uow, poolId, [{ id: newId("drw_"), ...draw }]);
  await appendToStream(
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
 * PlaceHold: reserve every pool the lines need, all or nothing, until `expiresAt`. It locks the
 * pools it draws from until the transaction ends, so callers place it LAST in their unit of work
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
  opts: { ownerRef?: string; holdId?: string } = {},
): Promise<{ holdId: string }> {
  const ownerRef = opts.ownerRef ?? null;
  const holdId = opts.holdId ?? newId("hold_");
  // Scheduled before the pools are locked (a refused hold rolls the job back with it).
  await addJob(uow, "expire-hold", { holdId }, { runAt: expiresAt, jobKey: `expire-hold:${holdId}` });
  // The pools stay locked from here until the caller commits: callers write everything else first.
  const pools = await lockPools(
    uow,
    lines.flatMap((l) => l.draws.map((d) => d.poolId)),
    now,
  );
  const held = decideHold(lines, pools);
  const items = lines.flatMap((l) => [
    { id: newId("hit_"), productId: l.productId, variantId: l.variantId, quantity: l.quantity },
    ...(l.contains ?? []).map((c) => ({
      id: newId("hit_"),
      productId: c.productId,
      variantId: c.variantId,
      quantity: c.quantity * l.quantity,
    })),
  ]);
  await insertHold(
    uow,
    { id: holdId, brandId, expiresAt, ownerRef, status: "active" },
    held.map((h) => ({ id: newId("hln_"), ...h })),
    items,
  );
  await appendToStream(
    uow,
    `hold-${holdId}`,
    0,
    [{ type: "HoldPlaced", payload: { holdId, expiresAt: expiresAt.toISOString(), lines: held } }],
    meta,
  );
  return { holdId };
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
    const owned = hold.ownerRef === null || hold.ownerRef === ownerRef;
    if (owned && hold.status === "confirmed") return { confirmed: true };
    if (owned && hold.status === "active" && hold.expiresAt > now) {
      await addSold(tx, hold.lines);
      await markHold(tx, holdId, "confirmed");
      await appendToStream(
        tx,
        `hold-${holdId}`,
        "any",
        [{ type: "HoldConfirmed", payload: { holdId } }],
        meta,
      );
      return { confirmed: true };
    }
    // Take the units again, as a new hold of this owner's, if every pool still has them.
    const reclaimId = `hold_reclaim_${ownerRef}`;
    if ((await lockHold(tx, reclaimId))?.status === "confirmed") return { confirmed: true };
    const pools = await lockPools(
      tx,
      hold.lines.map((l) => l.poolId),
      now,
    );
    const need = new Map<string, number>();
    for (const l of hold.lines) need.set(l.poolId, (need.get(l.poolId) ?? 0) + l.units);
    const fits = [...need].every(([poolId, units]) => {
      const p = pools.get(poolId);
      return !!p && p.capacity - p.sold - p.held >= units;
    });
    if (!fits) {
      await appendToStream(
        tx,
        `hold-${holdId}`,
        "any",
        [{ type: "HoldNotReclaimed", payload: { holdId, ownerRef } }],
        meta,
      );
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
    await addSold(tx, hold.lines);
    await appendToStream(
      tx,
      `hold-${reclaimId}`,
      0,
      [{ type: "HoldConfirmed", payload: { holdId: reclaimId, reclaimedFrom: holdId } }],
      meta,
    );
    return { confirmed: true };
  });
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
    if (!hold || decideRelease(hold.status) === "noop") return;
    await markHold(tx, holdId, "released");
    await appendToStream(tx, `hold-${holdId}`, "any", [{ type: "HoldReleased", payload: { holdId } }], meta);
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

/** The expire-hold job: an active hold past its time expires (its units were already free by time). */
export async function expireHold(holdId: string, now: Date): Promise<void> {
  await transaction(async (tx) => {
    const hold = await lockHold(tx, holdId);
    if (!hold || !decideExpire(hold.status, hold.expiresAt, now)) return;
    await markHold(tx, holdId, "expired");
    await appendToStream(
      tx,
      `hold-${holdId}`,
      "any",
      [{ type: "HoldExpired", payload: { holdId } }],
      metadataFor({ kind: "system", label: "system" }, hold.brandId),
    );
  });
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
    await appendToStream(
      uow,
      `pool-${l.poolId}`,
      "any",
      [{ type: "UnitsReturned", payload: { poolId: l.poolId, units: l.units, reason } }],
      meta,
    );
}
