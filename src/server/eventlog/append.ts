import { Prisma } from "@/generated/prisma/client";
import { txOf, type Tx, type UnitOfWork } from "@/server/platform/db";
import { afterCommit } from "@/server/platform/db";
import { wakeDispatcherSoon } from "./wake";
import type { DomainEvent, EventMetadata } from "./types";

/**
 * Raised when another writer appended to the stream first. Never swallowed: the caller retries or reports a
 * conflict.
 */
export class StreamVersionConflict extends Error {
  constructor(
    readonly streamId: string,
    readonly expectedVersion: number | "any",
  ) {
    super(`Stream ${streamId} moved past version ${expectedVersion}`);
    this.name = "StreamVersionConflict";
  }
}

function isUniqueViolation(e: unknown): boolean {
  if (!(e instanceof Prisma.PrismaClientKnownRequestError)) return false;
  return e.code === "P2002" || (e.code === "P2010" && JSON.stringify(e.meta ?? {}).includes("23505"));
}

/**
 * Append events to one stream inside the caller's transaction, with optimistic concurrency:
 * `expectedVersion` is the version the caller's decision was based on (0 = new stream).
 * `"any"` serializes on the stream instead (an advisory lock) and appends after whatever is there.
 * Once the transaction commits, the dispatcher is woken (afterCommit).
 *
 * `E` is the appending context's event union, named at the call (`appendToStream<CheckoutEvent>`,
 * as Emmett does): the events must be members of it, payload and all. It is never inferred from
 * the events — left out, it is `never` and no event type-checks.
 */
export async function appendToStream<E extends DomainEvent = never>(
  uow: Tx | UnitOfWork,
  streamId: string,
  expectedVersion: number | "any",
  events: readonly NoInfer<E>[],
  metadata: EventMetadata,
): Promise<{ nextVersion: number }> {
  const tx = txOf(uow);
  if (events.length === 0) return { nextVersion: typeof expectedVersion === "number" ? expectedVersion : 0 };
  let base: number;
  if (expectedVersion === "any") {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${streamId}, 0))`;
    const rows = await tx.$queryRaw<
      { v: number }[]
    >`SELECT coalesce(max(stream_version), 0)::int AS v FROM event_log WHERE stream_id = ${streamId}`;
    base = rows[0]?.v ?? 0;
  } else {
    base = expectedVersion;
  }
  const values = events.map(
    (e, i) =>
      Prisma.sql`(${streamId}, ${base + i + 1}, ${e.type}, ${JSON.stringify(e.payload)}::jsonb, ${JSON.stringify(metadata)}::jsonb)`,
  );
  try {
    await tx.$executeRaw`INSERT INTO event_log (stream_id, stream_version, type, payload, metadata) VALUES ${Prisma.join(values)}`;
  } catch (e) {
    if (isUniqueViolation(e)) throw new StreamVersionConflict(streamId, expectedVersion);
    throw e;
  }
  // Wake the dispatcher once the events are committed. Not inside the transaction: every writer
  // would queue on the one dispatch job row while holding its own locks (docs/adr/0004). A wake-up
  // lost to a crash right after commit is caught by the worker's start and its minutely run.
  afterCommit(uow, async () => wakeDispatcherSoon());
  return { nextVersion: base + events.length };
}

/** One stream's part of appendToStreams: its events, after `expectedVersion` (0 = a new stream). */
export type StreamAppend<E extends DomainEvent> = {
  streamId: string;
  expectedVersion: 0 | "any";
  events: readonly E[];
  metadata: EventMetadata;
};

/**
 * appendToStream for many streams in two statements, not two to four per stream: a batch of
 * paid orders (workflows/fulfil-paid-orders.ts) appends to a few hundred streams at once. The
 * `"any"` streams are locked in id order (two batches never wait on each other in a circle)
 * and each is appended after its last version; a new stream (0) that exists already fails the
 * whole call with StreamVersionConflict, as appendToStream does.
 */
export async function appendToStreams<E extends DomainEvent = never>(
  uow: Tx | UnitOfWork,
  appends: readonly StreamAppend<NoInfer<E>>[],
): Promise<void> {
  const tx = txOf(uow);
  const rows = appends.flatMap((a) =>
    a.events.map(
      (e, i) =>
        Prisma.sql`(${a.streamId}::text, ${a.expectedVersion === "any"}::boolean, ${i + 1}::int, ${e.type}::text,
          ${JSON.stringify(e.payload)}::jsonb, ${JSON.stringify(a.metadata)}::jsonb)`,
    ),
  );
  if (rows.length === 0) return;
  const locked = [...new Set(appends.filter((a) => a.expectedVersion === "any").map((a) => a.streamId))];
  if (locked.length > 0)
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(s, 0))
      FROM (SELECT s FROM unnest(${locked}::text[]) AS s ORDER BY s) AS sorted`;
  try {
    await tx.$executeRaw`INSERT INTO event_log (stream_id, stream_version, type, payload, metadata)
      SELECT a.stream_id,
        CASE WHEN a.after_last
          THEN coalesce((SELECT max(l.stream_version) FROM event_log l WHERE l.stream_id = a.stream_id), 0)
          ELSE 0 END + a.nth,
        a.type, a.payload, a.metadata
      FROM (VALUES ${Prisma.join(rows)}) AS a (stream_id, after_last, nth, type, payload, metadata)`;
  } catch (e) {
    if (isUniqueViolation(e)) throw new StreamVersionConflict(appends.map((a) => a.streamId).join(", "), 0);
    throw e;
  }
  afterCommit(uow, async () => wakeDispatcherSoon());
}
