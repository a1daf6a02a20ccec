import { txOf, type UnitOfWork } from "@/server/platform/db";
import type { RecordedEvent } from "./types";

/**
 * Run a read-model update at most once per (subscriber, event), in the caller's transaction.
 * For projections whose updates are increments and so not idempotent on their own.
 */
export async function applyOnce(
  uow: UnitOfWork,
  subscriber: string,
  event: RecordedEvent,
  work: () => Promise<void>,
): Promise<boolean> {
  const n = await txOf(uow)
    .$executeRaw`INSERT INTO projection_receipt (subscriber, position) VALUES (${subscriber}, ${event.position}) ON CONFLICT DO NOTHING`;
  if (n === 0) return false;
  await work();
  return true;
}

/**
 * `applyOnce` for a batch: the events of these not applied before, receipted now in the
 * caller's transaction (the caller applies them all in it, or the receipts roll back too).
 */
export async function firstDeliveries<E extends RecordedEvent>(
  uow: UnitOfWork,
  subscriber: string,
  events: readonly E[],
): Promise<E[]> {
  if (events.length === 0) return [];
  const fresh = await txOf(uow).$queryRaw<{ position: bigint }[]>`
    INSERT INTO projection_receipt (subscriber, position)
    SELECT ${subscriber}, unnest(${events.map((e) => String(e.position))}::bigint[])
    ON CONFLICT DO NOTHING RETURNING position`;
  const positions = new Set(fresh.map((r) => String(r.position)));
  return events.filter((e) => positions.has(String(e.position)));
}

export async function forgetReceipts(uow: UnitOfWork, subscriber: string) {
  await txOf(uow).$executeRaw`DELETE FROM projection_receipt WHERE subscriber = ${subscriber}`;
}
