// Pure inventory rules. A pool's free units = capacity − sold − held (unexpired holds);
// a product's availability = min over the pools it draws from of ⌊free / units drawn⌋.
import { DomainError } from "@/server/platform/errors";
import type { HoldConfirmed, HoldExpired, HoldNotReclaimed, HoldReleased } from "../events";

export type PoolState = { id: string; name: string; capacity: number; sold: number; held: number };
export type DrawState = { poolId: string; units: number };
export type HoldRequestLine = {
  productId: string;
  productName: string;
  quantity: number;
  draws: DrawState[];
};
export type HeldLine = { productId: string; poolId: string; quantity: number; units: number };

export function poolFree(p: PoolState): number {
  return Math.max(0, p.capacity - p.sold - p.held);
}

export function availabilityOf(
  draws: readonly DrawState[],
  pools: ReadonlyMap<string, PoolState>,
  alreadyDemanded: ReadonlyMap<string, number> = new Map(),
): number {
  if (draws.length === 0) return 0;
  let min = Number.POSITIVE_INFINITY;
  for (const d of draws) {
    const p = pools.get(d.poolId);
    if (!p) return 0;
    const free = Math.max(0, poolFree(p) - (alreadyDemanded.get(d.poolId) ?? 0));
    min = Math.min(min, Math.floor(free / d.units));
  }
  return min;
}

/** A line no pool could ever hold: no quantity, or nothing to draw from. */
function refuseUnholdable(line: HoldRequestLine): void {
  if (!Number.isInteger(line.quantity) || line.quantity < 1)
    throw new DomainError("Invalid", `Choose at least one ${line.productName}.`);
  if (line.draws.length === 0) throw new DomainError("Invalid", `${line.productName} is not for sale.`);
}

/** The line's units added to what is asked of each pool, and its held lines, one per draw. */
function addDemand(line: HoldRequestLine, demanded: Map<string, number>, held: HeldLine[]): void {
  for (const d of line.draws) {
    const units = d.units * line.quantity;
    demanded.set(d.poolId, (demanded.get(d.poolId) ?? 0) + units);
    held.push({ productId: line.productId, poolId: d.poolId, quantity: line.quantity, units });
  }
}

/**
 * PlaceHold, decided: every pool the cart needs must have room, all or nothing.
 * Refuses with SoldOut naming the first line that does not fit and how many of it are left.
 */
export function decideHold(
  lines: readonly HoldRequestLine[],
  pools: ReadonlyMap<string, PoolState>,
): HeldLine[] {
  const demanded = new Map<string, number>();
  const held: HeldLine[] = [];
  for (const line of lines) {
    refuseUnholdable(line);
    const left = availabilityOf(line.draws, pools, demanded);
    if (left < line.quantity) {
      const message =
        left === 0
          ? `${line.productName} is sold out.`
          : `Only ${left} ${line.productName} ${left === 1 ? "is" : "are"} left.`;
      throw new DomainError("SoldOut", message, { productId: line.productId, remaining: left });
    }
    addDemand(line, demanded, held);
  }
  return held;
}

/**
 * What a cart asks of each pool, before any pool is looked at: the lines it would hold and the
 * units per pool, in pool-id order (the order every writer takes the pools' row locks in). Refuses
 * a line that cannot be held at all, with decideHold's words.
 */
export function holdDemand(lines: readonly HoldRequestLine[]): {
  held: HeldLine[];
  demand: DrawState[];
} {
  const demanded = new Map<string, number>();
  const held: HeldLine[] = [];
  for (const line of lines) {
    refuseUnholdable(line);
    addDemand(line, demanded, held);
  }
  const demand = [...demanded]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([poolId, units]) => ({ poolId, units }));
  return { held, demand };
}

export type HoldStatus = "active" | "confirmed" | "released" | "expired";

/** A hold as ConfirmHold sees it: `ownerRef` is the order it was assigned to (null: not yet). */
export type ConfirmableHold = { id: string; status: HoldStatus; expiresAt: Date; ownerRef: string | null };

/**
 * ConfirmHold for the order `ownerRef` paying at `now`: its own live hold becomes sold
 * (HoldConfirmed); one already sold to it is done (confirming again changes nothing). A hold that
 * ended (expired, released, past its time) or that another order owns sells nothing by itself:
 * the money came anyway, so its units are to be reclaimed if still free (decideReclaim).
 */
export function decideConfirm(
  hold: ConfirmableHold,
  ownerRef: string,
  now: Date,
): { then: "done" } | { then: "confirm"; events: [HoldConfirmed] } | { then: "reclaim" } {
  const owned = hold.ownerRef === null || hold.ownerRef === ownerRef;
  if (owned && hold.status === "confirmed") return { then: "done" };
  if (owned && hold.status === "active" && hold.expiresAt > now)
    return { then: "confirm", events: [{ type: "HoldConfirmed", payload: { holdId: hold.id } }] };
  return { then: "reclaim" };
}

/**
 * The reclaim of an ended hold's units for the order paying: sold as a hold of its own
 * (`reclaimId`) when every pool still had them, else nothing sold — the order is refunded.
 */
export function decideReclaim(
  holdId: string,
  ownerRef: string,
  reclaimId: string,
  everyPoolHadRoom: boolean,
): [HoldConfirmed] | [HoldNotReclaimed] {
  return everyPoolHadRoom
    ? [{ type: "HoldConfirmed", payload: { holdId: reclaimId, reclaimedFrom: holdId } }]
    : [{ type: "HoldNotReclaimed", payload: { holdId, ownerRef } }];
}

/** ExpireHold: only an active hold past its time expires; anything else decides nothing. */
export function decideExpire(
  hold: { id: string; status: HoldStatus; expiresAt: Date },
  now: Date,
): [HoldExpired] | [] {
  const due = hold.status === "active" && hold.expiresAt.getTime() <= now.getTime();
  return due ? [{ type: "HoldExpired", payload: { holdId: hold.id } }] : [];
}

/** ReleaseHold: an active hold gives its units back at once; anything else is already settled. */
export function decideRelease(hold: { id: string; status: HoldStatus }): [HoldReleased] | [] {
  return hold.status === "active" ? [{ type: "HoldReleased", payload: { holdId: hold.id } }] : [];
}

/**
 * What one unit of a cart line draws, as one list: a bundle draws what its chosen components
 * draw (× their quantity) plus anything it draws itself; the same pool named twice adds up.
 */
export function mergeDraws(parts: readonly { draws: readonly DrawState[]; times: number }[]): DrawState[] {
  const units = new Map<string, number>();
  for (const part of parts)
    for (const d of part.draws) units.set(d.poolId, (units.get(d.poolId) ?? 0) + d.units * part.times);
  return [...units].filter(([, u]) => u > 0).map(([poolId, u]) => ({ poolId, units: u }));
}
