// Parked events: deliveries a subscriber gave up on after its last attempt (docs/adr/0015). They
// are listed (the Studio's system view, `npm run events:parked`) and replayed by hand, once.
import { db } from "@/server/platform/db";
import { clock } from "@/server/platform/clock";
import { log } from "@/server/platform/log";
import { notFound } from "@/server/platform/errors";
import { errorText } from "./held";
import { readAt } from "./read";
import type { Subscriber } from "./types";

/** Whose held events: one brand's (the Studio), or every brand's (the operator's command). */
export type HeldScope = { brandId: string } | { allBrands: true };

export type HeldDeliveryView = {
  id: string;
  subscriber: string;
  position: string;
  streamId: string;
  eventType: string;
  brandId: string | null;
  status: "retrying" | "parked";
  attempts: number;
  lastError: string;
  failedAt: Date | null;
  nextAttemptAt: Date | null;
  parkedAt: Date | null;
};

const brandFilter = (scope: HeldScope) => ("brandId" in scope ? { brandId: scope.brandId } : {});

async function listHeld(scope: HeldScope, status: HeldDeliveryView["status"], limit: number) {
  const rows = await db().heldDelivery.findMany({
    where: { status, ...brandFilter(scope) },
    orderBy: { position: "asc" },
    take: limit,
  });
  return rows.map((r): HeldDeliveryView => ({
    id: r.id.toString(),
    subscriber: r.subscriber,
    position: r.position.toString(),
    streamId: r.streamId,
    eventType: r.eventType,
    brandId: r.brandId,
    status,
    attempts: r.attempts,
    lastError: r.lastError ?? "",
    failedAt: r.failedAt,
    nextAttemptAt: r.nextAttemptAt,
    parkedAt: r.parkedAt,
  }));
}

/** Parked events, oldest first. */
export const listParked = (scope: HeldScope, limit = 200) => listHeld(scope, "parked", limit);
/** Events whose handler failed and that will be tried again, oldest first. */
export const listRetrying = (scope: HeldScope, limit = 200) => listHeld(scope, "retrying", limit);

export type ReplayResult = { delivered: true } | { delivered: false; error: string };

/**
 * Deliver one parked event to its subscriber once more. Delivered: it is no longer parked.
 * Failed again: it stays parked, with one more attempt and the new error. A parked event outside
 * `scope` (another brand's) is not found, exactly like one that does not exist.
 */
export async function replayParked(
  subscribers: readonly Subscriber[],
  id: string,
  scope: HeldScope & { now?: Date },
): Promise<ReplayResult> {
  const missing = notFound("This parked event was not found; it may have been retried already.");
  if (!/^[0-9]{1,18}$/.test(id)) throw missing;
  const now = scope.now ?? clock.now();
  return db().$transaction(
    async (tx) => {
      // Two replays of one event (a double click) never run its handler side by side.
      const [lock] = await tx.$queryRaw<{ got: boolean }[]>`
        SELECT pg_try_advisory_xact_lock(hashtextextended(${`replay:${id}`}, 0)) AS got`;
      if (!lock?.got) return { delivered: false, error: "This event is being retried right now." };
      const where = { id: BigInt(id), status: "parked", ...brandFilter(scope) };
      const row = await tx.heldDelivery.findFirst({ where });
      if (!row) throw missing;
      const sub = subscribers.find((s) => s.name === row.subscriber);
      const event = (await readAt([row.position])).get(String(row.position));
      try {
        if (!sub) throw new Error(`No subscriber is called ${row.subscriber} any more.`);
        if (event) await sub.handle(event);
      } catch (e) {
        const at = { position: row.position.toString(), streamId: row.streamId };
        log.warn({ subscriber: row.subscriber, ...at, error: e }, "replay of a parked event failed");
        const error = errorText(e);
        const data = { attempts: { increment: 1 }, lastError: error, failedAt: now };
        await tx.heldDelivery.update({ where: { id: row.id }, data });
        return { delivered: false, error };
      }
      await tx.heldDelivery.delete({ where: { id: row.id } });
      return { delivered: true };
    },
    { timeout: 120_000, maxWait: 10_000 },
  );
}
