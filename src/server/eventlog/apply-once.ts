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

export async function forgetReceipts(uow: UnitOfWork, subscriber: string) {
  await txOf(uow).$executeRaw`DELETE FROM projection_receipt WHERE subscriber = ${subscriber}`;
}
