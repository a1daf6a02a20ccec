import { newId } from "@/server/platform/ids";
import { invalid, notFound } from "@/server/platform/errors";
import { metadataFor, type Actor } from "@/server/platform/metadata";
import { transaction, type UnitOfWork } from "@/server/platform/unit-of-work";
import { addJob } from "@/server/platform/jobs";
import { appendToStream, type EventMetadata } from "@/server/eventlog";
import { decideConfirm, decideExpire, decideHold, decideRelease } from "./model/availability";
import { addSold, findPool, insertDraws, insertHold, insertPool, lockHold, lockPools, markHold } from "./infrastructure/pools-repo";
import { drawInput, poolInput } from "./model/pool-input";
import type { DrawState } from "./model/availability";

export type DrawRequest = { productId: string; variantId: string | null; units: number };

function parse<T>(schema: { safeParse(v: unknown): { success: true; data: T } | { success: false; error: { issues: { message: string; path: PropertyKey[] }[] } } }, raw: unknown, prefix = ""): T {
  const r = schema.safeParse(raw);
  if (!r.success) throw invalid(r.error.issues[0]!.message, { field: prefix + r.error.issues[0]!.path.join(".") });
  return r.data;
}

/** CreatePool: a capacity, and what draws from it. */
export async function createPool(uow: UnitOfWork, actor: Actor, brandId: string, raw: { name: unknown; capacity: unknown }, rawDraws: unknown[] = []): Promise<{ poolId: string }> {
  const { name, capacity } = parse(poolInput, raw);
  const draws = rawDraws.map((d, i) => parse(drawInput, d, `draws.${i}.`));
  const poolId = newId("pool_");
  await insertPool(uow, { id: poolId, brandId, name, capacity }, draws.map((d) => ({ id: newId("drw_"), ...d })));
  await appendToStream(uow, `pool-${poolId}`, 0, [{ type: "PoolCreated", payload: { poolId, name, capacity, draws } }], metadataFor(actor, brandId));
  return { poolId };
}

/** AddDraw: one more product (or variant) draws `units` from this pool for every unit sold. */
export async function addDraw(uow: UnitOfWork, actor: Actor, brandId: string, poolId: string, raw: unknown): Promise<void> {
  const draw = parse(drawInput, raw);
  const pool = await findPool(brandId, poolId);
  if (!pool) throw notFound("This pool does not exist.");
  if (pool.draws.some((d) => d.productId === draw.productId && d.variantId === draw.variantId)) throw invalid("This product already draws from this pool.", { field: "productId" });
  await insertDraws(uow, poolId, [{ id: newId("drw_"), ...draw }]);
  await appendToStream(uow, `pool-${poolId}`, "any", [{ type: "DrawAdded", payload: { poolId, ...draw } }], metadataFor(actor, brandId));
}

/**
 * One line of a cart to hold: what it is, how many, and what ONE unit of it draws (a bundle's
 * draws are its chosen components'). `contains` lists what one unit of a bundle contains, so the
 * tickets inside a pack count as taken for the ticket's own "after N sold" price phases.
 */
export type HoldLineRequest = { productId: string; variantId: string | null; productName: string; quantity: number; draws: DrawState[]; contains?: { productId: string; variantId: string | null; quantity: number }[] };

/** PlaceHold: reserve every pool the lines need, all or nothing, until `expiresAt`. */
export async function placeHold(uow: UnitOfWork, meta: EventMetadata, brandId: string, lines: HoldLineRequest[], now: Date, expiresAt: Date): Promise<{ holdId: string }> {
  const pools = await lockPools(uow, lines.flatMap((l) => l.draws.map((d) => d.poolId)), now);
  const held = decideHold(lines, pools);
  const holdId = newId("hold_");
  const items = lines.flatMap((l) => [
    { id: newId("hit_"), productId: l.productId, variantId: l.variantId, quantity: l.quantity },
    ...(l.contains ?? []).map((c) => ({ id: newId("hit_"), productId: c.productId, variantId: c.variantId, quantity: c.quantity * l.quantity })),
  ]);
  await insertHold(uow, { id: holdId, brandId, expiresAt }, held.map((h) => ({ id: newId("hln_"), ...h })), items);
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
