import { newId } from "@/server/platform/ids";
import { notFound } from "@/server/platform/errors";
import { metadataFor, type Actor } from "@/server/platform/metadata";
import { transaction, type UnitOfWork } from "@/server/platform/unit-of-work";
import { addJob } from "@/server/platform/jobs";
import { appendToStream, type EventMetadata } from "@/server/eventlog";
import { decideConfirm, decideExpire, decideHold, decideRelease } from "./model/availability";
import { addSold, drawsOf, insertHold, insertPool, lockHold, lockPools, markHold } from "./infrastructure/pools-repo";

export async function createPool(uow: UnitOfWork, actor: Actor, brandId: string, name: string, capacity: number, draws: { productId: string; units: number }[]): Promise<{ poolId: string }> {
  const poolId = newId("pool_");
  await insertPool(uow, { id: poolId, brandId, name, capacity }, draws.map((d) => ({ id: newId("drw_"), ...d })));
  await appendToStream(uow, `pool-${poolId}`, 0, [{ type: "PoolCreated", payload: { poolId, name, capacity, draws } }], metadataFor(actor, brandId));
  return { poolId };
}

export type HoldLineRequest = { productId: string; productName: string; quantity: number };

/** PlaceHold: reserve every pool the lines need, all or nothing, until `expiresAt`. */
export async function placeHold(uow: UnitOfWork, meta: EventMetadata, brandId: string, lines: HoldLineRequest[], now: Date, expiresAt: Date): Promise<{ holdId: string }> {
  const draws = await drawsOf(uow, brandId, lines.map((l) => l.productId));
  const pools = await lockPools(uow, [...draws.values()].flat().map((d) => d.poolId), now);
  const held = decideHold(lines.map((l) => ({ ...l, draws: draws.get(l.productId) ?? [] })), pools);
  const holdId = newId("hold_");
  await insertHold(uow, { id: holdId, brandId, expiresAt }, held.map((h) => ({ id: newId("hln_"), ...h })));
  await appendToStream(uow, `hold-${holdId}`, 0, [{ type: "HoldPlaced", payload: { holdId, expiresAt: expiresAt.toISOString(), lines: held } }], meta);
  await addJob(uow, "expire-hold", { holdId }, { runAt: expiresAt, jobKey: `expire-hold:${holdId}` });
  return { holdId };
}

/** ConfirmHold: the held units become sold. Idempotent. */
export async function confirmHold(meta: EventMetadata, holdId: string): Promise<void> {
  await transaction(async (tx) => {
    const hold = await lockHold(tx, holdId);
    if (!hold) throw notFound(`Hold ${holdId} does not exist.`);
    if (decideConfirm(hold.status) === "noop") return;
    // Issue 4 adds: a hold that expired before payment re-checks availability and refunds when short.
    await addSold(tx, hold.lines);
    await markHold(tx, holdId, "confirmed");
    await appendToStream(tx, `hold-${holdId}`, "any", [{ type: "HoldConfirmed", payload: { holdId } }], meta);
  });
}

/** ReleaseHold: the order behind it was cancelled or its payment failed. Idempotent. */
export async function releaseHold(meta: EventMetadata, holdId: string): Promise<void> {
  await transaction(async (tx) => {
    const hold = await lockHold(tx, holdId);
    if (!hold || decideRelease(hold.status) === "noop") return;
    await markHold(tx, holdId, "released");
    await appendToStream(tx, `hold-${holdId}`, "any", [{ type: "HoldReleased", payload: { holdId } }], meta);
  });
}

/** The expire-hold job: an active hold past its time expires (its units were already free by time). */
export async function expireHold(holdId: string, now: Date): Promise<void> {
  await transaction(async (tx) => {
    const hold = await lockHold(tx, holdId);
    if (!hold || !decideExpire(hold.status, hold.expiresAt, now)) return;
    await markHold(tx, holdId, "expired");
    await appendToStream(tx, `hold-${holdId}`, "any", [{ type: "HoldExpired", payload: { holdId } }], metadataFor({ kind: "system", label: "system" }, hold.brandId));
  });
}
