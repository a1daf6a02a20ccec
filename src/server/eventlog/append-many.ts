// Several new streams' first events as ONE insert, part of a purchase's one statement
// (docs/adr/0023). appendToStream stays the way to append to a stream that already exists.
import { guarded, Prisma, writePart, type StatementPart } from "@/server/platform/db";
import type { DomainEvent, EventMetadata } from "./types";

/** A stream that does not exist yet, and its first events (versions 1, 2, …). */
export type NewStream = { streamId: string; events: readonly DomainEvent[] };

/**
 * The first events of every stream in `streams`, all in one INSERT, written only if the
 * statement's guard held. A stream that already exists makes the statement fail on
 * event_log's (stream_id, stream_version) key, as appendToStream(…, 0, …) would.
 * Once it has committed, the caller wakes the dispatcher (wakeDispatcherSoon).
 */
export function startStreams(streams: readonly NewStream[], metadata: EventMetadata): StatementPart {
  const meta = JSON.stringify(metadata);
  const rows = streams.flatMap((s) =>
    s.events.map(
      (e, i) =>
        Prisma.sql`(${s.streamId}::text, ${i + 1}::int, ${e.type}::text, ${JSON.stringify(e.payload)}::jsonb, ${meta}::jsonb)`,
    ),
  );
  return writePart(Prisma.sql`INSERT INTO event_log (stream_id, stream_version, type, payload, metadata)
    SELECT * FROM (VALUES ${Prisma.join(rows)}) AS e WHERE ${guarded}`);
}
