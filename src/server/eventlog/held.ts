// Events a subscriber holds back instead of stopping at them (docs/adr/0015): `retrying` (its
// handler failed; tried again at `nextAttemptAt`), `waiting` (behind a retrying event of the same
// stream) and `parked` (given up; replayed by hand). A dispatcher pass collects its changes here
// and writes them with its checkpoint at the end, so the pass stays read-only (no transaction id,
// which would hold back every dispatcher's visibility horizon) while handlers run.
import type { Tx } from "@/server/platform/db";
import { bounded } from "@/server/platform/log";
import type { AfterFailure } from "./retry-policy";
import type { RecordedEvent } from "./types";

export type PendingRow = {
  id: bigint;
  position: bigint;
  streamId: string;
  status: "retrying" | "waiting";
  attempts: number;
  nextAttemptAt: Date | null;
};

/** A subscriber's retrying and waiting events, stream by stream, oldest first. */
export async function pendingByStream(tx: Tx, subscriber: string): Promise<Map<string, PendingRow[]>> {
  const rows = await tx.heldDelivery.findMany({
    where: { subscriber, status: { in: ["retrying", "waiting"] } },
    orderBy: { position: "asc" },
    select: { id: true, position: true, streamId: true, status: true, attempts: true, nextAttemptAt: true },
  });
  const out = new Map<string, PendingRow[]>();
  for (const r of rows) {
    const list = out.get(r.streamId) ?? [];
    list.push(r as PendingRow);
    out.set(r.streamId, list);
  }
  return out;
}

/** The text kept of an error: its type and message, bounded. */
export function errorText(e: unknown): string {
  return bounded(e instanceof Error ? `${e.name}: ${e.message}` : String(e), 500);
}

type Next = {
  event: RecordedEvent;
  status: "retrying" | "waiting" | "parked";
  attempts: number;
  nextAttemptAt: Date | null;
  lastError: string | null;
  failedAt: Date | null;
  parkedAt: Date | null;
};

/** What one pass changes in `held_delivery`, written by `save` in the pass's transaction. */
export class HeldChanges {
  private readonly released: bigint[] = [];
  private readonly added: Next[] = [];
  private readonly updated = new Map<bigint, Next>();

  constructor(private readonly subscriber: string) {}

  /** Delivered at last: forget it. */
  release(row: PendingRow): void {
    this.released.push(row.id);
  }

  /** Held behind an earlier event of its stream that is waiting for its retry. */
  wait(event: RecordedEvent): void {
    const nothing = { nextAttemptAt: null, lastError: null, failedAt: null, parkedAt: null };
    this.added.push({ event, status: "waiting", attempts: 0, ...nothing });
  }

  /** Attempt number `attempts` failed at `at`: retry later, or park. `row`: its held row, if any. */
  fail(
    event: RecordedEvent,
    row: PendingRow | null,
    attempts: number,
    after: AfterFailure,
    error: unknown,
    at: Date,
  ): void {
    const next: Next = {
      event,
      status: after.status,
      attempts,
      nextAttemptAt: after.status === "retrying" ? after.nextAttemptAt : null,
      lastError: errorText(error),
      failedAt: at,
      parkedAt: after.status === "parked" ? at : null,
    };
    if (row) this.updated.set(row.id, next);
    else this.added.push(next);
  }

  async save(tx: Tx): Promise<void> {
    if (this.released.length > 0) {
      await tx.heldDelivery.deleteMany({ where: { id: { in: this.released }, subscriber: this.subscriber } });
    }
    for (const [id, n] of this.updated) await tx.heldDelivery.update({ where: { id }, data: columns(n) });
    if (this.added.length > 0) {
      await tx.heldDelivery.createMany({
        data: this.added.map((n) => ({
          subscriber: this.subscriber,
          position: n.event.position,
          streamId: n.event.streamId,
          eventType: n.event.type,
          brandId: n.event.metadata?.brandId ?? null,
          ...columns(n),
        })),
      });
    }
  }
}

function columns(n: Next) {
  return {
    status: n.status,
    attempts: n.attempts,
    nextAttemptAt: n.nextAttemptAt,
    lastError: n.lastError,
    failedAt: n.failedAt,
    parkedAt: n.parkedAt,
  };
}
