import { db, type Tx } from "@/server/platform/db";
import { clock } from "@/server/platform/clock";
import { config } from "@/server/platform/config";
import { log } from "@/server/platform/log";
import { hasEventsAfter, readAt, readVisibleAfter } from "./read";
import { HeldChanges, pendingByStream, type PendingRow } from "./held";
import { afterFailure, defaultRetryPolicy, type AfterFailure, type RetryPolicy } from "./retry-policy";
import { wants, type BatchSubscriber, type RecordedEvent, type Subscriber } from "./types";

type Checkpoint = { transactionId: string; position: bigint };

const batches = (sub: Subscriber): sub is BatchSubscriber =>
  typeof (sub as Partial<BatchSubscriber>).handleBatch === "function";

async function lockCheckpoint(tx: Tx, name: string): Promise<Checkpoint | null> {
  // An advisory lock, not a row lock: a pass that only reads gets no transaction id, so a long
  // pass (handlers run inside it) does not hold back pg_snapshot_xmin — the visibility horizon
  // every dispatcher on this PostgreSQL server reads events below. If another dispatcher is
  // delivering to this subscriber right now, let it.
  const [lock] = await tx.$queryRaw<
    { got: boolean }[]
  >`SELECT pg_try_advisory_xact_lock(hashtextextended(${`dispatch:${name}`}, 0)) AS got`;
  if (!lock?.got) return null;
  const rows = await tx.$queryRaw<{ last_transaction_id: string; last_position: bigint }[]>`
    SELECT last_transaction_id::text, last_position FROM subscription_checkpoint WHERE name = ${name}`;
  const row = rows[0];
  return row
    ? { transactionId: row.last_transaction_id, position: BigInt(row.last_position) }
    : { transactionId: "0", position: 0n };
}

export type DispatchOptions = {
  batchSize?: number;
  /** The clock retries are scheduled by (tests step it instead of sleeping). */
  now?: () => Date;
  policy?: RetryPolicy;
  /** How long one subscriber's pass keeps taking new events (tests shorten it). */
  passBudgetMs?: number;
};

/** `nextRetryAt`: the earliest retry these subscribers have scheduled; run again then. */
export type DispatchResult = { handled: number; behind: boolean; nextRetryAt: Date | null };

/** The retry policy, from DISPATCH_MAX_ATTEMPTS and DISPATCH_FIRST_RETRY_SECONDS when set. */
export function configuredRetryPolicy(): RetryPolicy {
  const c = config();
  return {
    ...defaultRetryPolicy,
    maxAttempts: c.DISPATCH_MAX_ATTEMPTS ?? defaultRetryPolicy.maxAttempts,
    firstDelayMs: (c.DISPATCH_FIRST_RETRY_SECONDS ?? defaultRetryPolicy.firstDelayMs / 1000) * 1000,
  };
}

/**
 * Deliver every visible event after each subscriber's checkpoint, in order, at least once.
 * Each subscriber advances on its own: a handler that throws never stops this pass, nor another
 * subscriber, nor that subscriber's events of other streams. Its event is held — retried with a
 * growing delay, the same stream's later events waiting behind it — and parked after the
 * policy's last attempt, which lets its stream flow again (docs/adr/0015).
 * Each subscriber's pass is one transaction holding its subscriber's advisory lock; the checkpoint
 * and the held events are written at the end, so a crash mid-pass re-delivers that pass's
 * events — handlers are idempotent. `behind` says some events are committed-or-running beyond
 * what could be delivered now (an older transaction is still open, or another dispatcher holds
 * a subscriber): the caller must run it again soon.
 */
export async function dispatchOnce(
  subscribers: readonly Subscriber[],
  options: DispatchOptions = {},
): Promise<DispatchResult> {
  const o: PassOptions = {
    batchSize: options.batchSize ?? 200,
    now: options.now ?? clock.now,
    policy: options.policy ?? configuredRetryPolicy(),
    passBudgetMs: options.passBudgetMs ?? PASS_BUDGET_MS,
  };
  const names = subscribers.map((s) => s.name);
  let handled = 0;
  let behind = false;
  let broken: unknown = null;
  await db().$executeRaw`INSERT INTO subscription_checkpoint (name) SELECT unnest(${names}::text[])
    ON CONFLICT (name) DO NOTHING`;
  for (const sub of subscribers) {
    try {
      const r = await passOf(sub, o);
      handled += r.handled;
      behind ||= r.behind;
    } catch (e) {
      // Not a handler (those are held): the database or a pass that ran out of time. The others go on.
      const message = "dispatch pass failed; its events are delivered again on the next run";
      log.error({ subscriber: sub.name, error: e }, message);
      broken ??= e;
      behind = true;
    }
  }
  if (broken) throw broken;
  return { handled, behind, nextRetryAt: await nextRetryOf(subscribers) };
}

/**
 * A pass stops taking new events after this long and commits its checkpoint; the caller runs
 * again at once (it is `behind`). A rush's backlog of paid orders (hundreds, each a few hundred
 * ms to fulfil) is so worked off in passes that commit, instead of one pass that outlives its
 * transaction's timeout, is rolled back, and starts over from the same checkpoint — forever, on
 * a loaded machine (issue 13: paid orders stranded after a bench rush).
 */
const PASS_BUDGET_MS = 20_000;

type PassOptions = { batchSize: number; now: () => Date; policy: RetryPolicy; passBudgetMs: number };

async function passOf(sub: Subscriber, o: PassOptions): Promise<{ handled: number; behind: boolean }> {
  return db().$transaction(
    async (tx) => {
      let checkpoint = await lockCheckpoint(tx, sub.name);
      if (!checkpoint) return { handled: 0, behind: true };
      const start = checkpoint;
      const began = performance.now();
      const spent = () => performance.now() - began > o.passBudgetMs;
      const at = o.now();
      const held = new HeldChanges(sub.name);
      let handled = 0;
      /** Deliver once; on failure hold it (retry or park) and say whether its stream must wait. */
      type Outcome = "done" | AfterFailure["status"];
      const failed = (event: RecordedEvent, row: PendingRow | null, e: unknown): Outcome => {
        const attempts = (row?.attempts ?? 0) + 1;
        const after = afterFailure(attempts, o.policy, at);
        logFailure(sub, event, attempts, after, e);
        held.fail(event, row, attempts, after, e, at);
        return after.status;
      };
      const deliver = async (event: RecordedEvent, row: PendingRow | null): Promise<Outcome> => {
        try {
          await sub.handle(event);
          handled++;
          return "done";
        } catch (e) {
          return failed(event, row, e);
        }
      };
      /** New events many at a time: one failure holds its own event (and stream) only. */
      const deliverBatch = async (sub: BatchSubscriber, events: RecordedEvent[]) => {
        let failures: { event: RecordedEvent; error: unknown }[];
        try {
          failures = await sub.handleBatch(events);
        } catch (e) {
          failures = events.map((event) => ({ event, error: e })); // the batch as a whole broke
        }
        handled += events.length - failures.length;
        for (const f of failures)
          if (failed(f.event, null, f.error) === "retrying") blocked.add(f.event.streamId);
      };

      // 1. Held events whose retry is due, stream by stream; a stream stays blocked while its
      //    oldest held event waits for its next attempt.
      const blocked = new Set<string>();
      for (const [stream, rows] of await pendingByStream(tx, sub.name)) {
        const head = rows[0]!;
        if (head.status === "retrying" && head.nextAttemptAt && head.nextAttemptAt > at) {
          blocked.add(stream);
          continue;
        }
        const events = await readAt(rows.map((r) => r.position));
        for (const row of rows) {
          const event = events.get(String(row.position));
          const outcome = event ? await deliver(event, row) : "done";
          if (outcome === "done") held.release(row);
          if (outcome === "retrying") {
            blocked.add(stream);
            break;
          }
        }
      }

      // What each read returned (count: first..last transaction id), for LOG_LEVEL=debug: it is
      // how a pass that skipped events was found (read.ts).
      const reads: string[] = [];
      const tracing = log.isLevelEnabled("debug");
      // 2. New events after the checkpoint, until none is left or the pass's time is spent.
      newEvents: for (;;) {
        const events = await readVisibleAfter(checkpoint, o.batchSize);
        if (events.length === 0) break;
        if (tracing)
          reads.push(`${events.length}:${events[0]!.transactionId}..${events.at(-1)!.transactionId}`);
        if (batches(sub)) {
          // A batch holds one event per stream, so an event never runs beside the one it follows
          // — unless the subscriber applies its batch in log order.
          let batch: RecordedEvent[] = [];
          const streams = new Set<string>();
          for (const event of events) {
            if (spent()) break;
            checkpoint = { transactionId: event.transactionId, position: event.position };
            if (!wants(sub, event.type)) continue;
            if (streams.has(event.streamId) && !sub.inLogOrder) {
              await deliverBatch(sub, batch);
              batch = [];
              streams.clear();
            }
            if (blocked.has(event.streamId)) held.wait(event);
            else {
              batch.push(event);
              streams.add(event.streamId);
            }
          }
          if (batch.length) await deliverBatch(sub, batch);
          if (spent()) break;
        } else {
          for (const event of events) {
            if (spent()) break newEvents;
            if (wants(sub, event.type)) {
              if (blocked.has(event.streamId)) held.wait(event);
              else if ((await deliver(event, null)) === "retrying") blocked.add(event.streamId);
            }
            checkpoint = { transactionId: event.transactionId, position: event.position };
          }
        }
        if (events.length < o.batchSize) break;
      }

      // 3. Written once, at the end, with the checkpoint (they commit with the pass anyway).
      await held.save(tx);
      if (checkpoint !== start) {
        await tx.$executeRaw`UPDATE subscription_checkpoint
          SET last_transaction_id = ${checkpoint.transactionId}::xid8, last_position = ${checkpoint.position},
            updated_at = now()
          WHERE name = ${sub.name}`;
      }
      if (tracing && reads.length)
        log.debug(
          { subscriber: sub.name, from: start.transactionId, to: checkpoint.transactionId, handled, reads },
          "dispatch pass",
        );
      return { handled, behind: await hasEventsAfter(checkpoint) };
    },
    { timeout: 120_000, maxWait: 10_000 },
  );
}

/** One bounded log line per failed delivery. */
function logFailure(
  sub: Subscriber,
  event: RecordedEvent,
  attempts: number,
  after: AfterFailure,
  e: unknown,
) {
  const fields = {
    subscriber: sub.name,
    position: event.position.toString(),
    streamId: event.streamId,
    type: event.type,
    brandId: event.metadata?.brandId,
    attempts,
    nextAttemptAt: after.status === "retrying" ? after.nextAttemptAt.toISOString() : undefined,
    error: e,
  };
  if (after.status === "parked") {
    log.error(fields, "event handler failed for the last time; the event is parked");
    return;
  }
  log.warn(fields, "event handler failed; the event is retried later");
}

async function nextRetryOf(subscribers: readonly Subscriber[]): Promise<Date | null> {
  const next = await db().heldDelivery.aggregate({
    where: { subscriber: { in: subscribers.map((s) => s.name) }, status: "retrying" },
    _min: { nextAttemptAt: true },
  });
  return next._min.nextAttemptAt;
}
