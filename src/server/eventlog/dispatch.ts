import { db, type Tx } from "@/server/platform/db";
import { hasEventsAfter, readVisibleAfter } from "./read";
import { wants, type Subscriber } from "./types";

type Checkpoint = { transactionId: string; position: bigint };

async function lockCheckpoint(tx: Tx, name: string): Promise<Checkpoint | null> {
  // An advisory lock, not a row lock: a pass that only reads gets no transaction id, so a long
  // pass (handlers run inside it) does not hold back pg_snapshot_xmin — the visibility horizon
  // every dispatcher on this PostgreSQL server reads events below. If another dispatcher is
  // delivering to this subscriber right now, let it.
  const [lock] = await tx.$queryRaw<{ got: boolean }[]>`SELECT pg_try_advisory_xact_lock(hashtextextended(${`dispatch:${name}`}, 0)) AS got`;
  if (!lock?.got) return null;
  const rows = await tx.$queryRaw<{ last_transaction_id: string; last_position: bigint }[]>`
    SELECT last_transaction_id::text, last_position FROM subscription_checkpoint WHERE name = ${name}`;
  const row = rows[0];
  return row ? { transactionId: row.last_transaction_id, position: BigInt(row.last_position) } : { transactionId: "0", position: 0n };
}

export type DispatchResult = { handled: number; behind: boolean };

/**
 * Deliver every visible event after each subscriber's checkpoint, in order, at least once.
 * Each subscriber's pass is one transaction holding its subscriber's advisory lock; the checkpoint it
 * reached commits at the end of the pass (also when a handler fails, up to the failure), so a
 * crash mid-pass re-delivers that pass's events — handlers are idempotent. `behind` says some events are committed-or-running
 * beyond what could be delivered now (an older transaction is still open, or another
 * dispatcher holds a subscriber): the caller must run it again soon.
 */
export async function dispatchOnce(subscribers: readonly Subscriber[], batchSize = 200): Promise<DispatchResult> {
  let handled = 0;
  let behind = false;
  await db().$executeRaw`INSERT INTO subscription_checkpoint (name) SELECT unnest(${subscribers.map((s) => s.name)}::text[]) ON CONFLICT (name) DO NOTHING`;
  for (const sub of subscribers) {
    let failure: unknown;
    handled += await db().$transaction(
      async (tx) => {
        let checkpoint = await lockCheckpoint(tx, sub.name);
        if (!checkpoint) {
          behind = true;
          return 0;
        }
        let count = 0;
        const start = checkpoint;
        // The checkpoint row is written once, when the pass ends (it commits with the pass anyway).
        const save = async (reached: Checkpoint) => {
          if (reached === start) return;
          await tx.$executeRaw`UPDATE subscription_checkpoint
            SET last_transaction_id = ${reached.transactionId}::xid8, last_position = ${reached.position}, updated_at = now()
            WHERE name = ${sub.name}`;
        };
        for (;;) {
          const events = await readVisibleAfter(checkpoint, batchSize);
          if (events.length === 0) break;
          for (const event of events) {
            if (wants(sub, event.type)) {
              try {
                await sub.handle(event);
              } catch (e) {
                // Keep the progress made so far; the job fails and is retried from this event.
                failure = e;
                await save(checkpoint);
                return count;
              }
              count++;
            }
            checkpoint = { transactionId: event.transactionId, position: event.position };
          }
          if (events.length < batchSize) break;
        }
        await save(checkpoint);
        if (await hasEventsAfter(checkpoint)) behind = true;
        return count;
      },
      { timeout: 120_000, maxWait: 10_000 },
    );
    if (failure) throw failure;
  }
  return { handled, behind };
}
