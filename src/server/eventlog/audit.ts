// The audit trail: one row per event, readable by brand and event. A projection, rebuilt from the log.
import { Prisma } from "@/generated/prisma/client";
import { db } from "@/server/platform/db";
import { toRecorded } from "./read";
import { auditEntryMatches, auditSubjectsOf, subjectWanted, type AuditFilter } from "./audit-subjects";
import type { BatchSubscriber, RecordedEvent } from "./types";

export type AuditRow = {
  position: string;
  type: string;
  actor: string;
  summary: string;
  recordedAt: Date;
  streamId: string;
  /** What it is about: "order", "order:<id>"… (`audit-subjects.ts`). */
  subjects: string[];
};

function summarize(e: RecordedEvent): string {
  const p = e.payload;
  const bits = ["name", "reference", "quantity", "code", "status"]
    .filter((k) => p[k] !== undefined && typeof p[k] !== "object")
    .map((k) => `${k}: ${String(p[k])}`);
  return bits.join(", ");
}

function eventIdOf(e: RecordedEvent): string | null {
  const p = e.payload;
  return typeof p.eventId === "string" ? p.eventId : null;
}

const NAME = "projection:audit-trail";

const entryOf = (e: RecordedEvent) => ({
  position: e.position,
  brandId: e.metadata.brandId,
  eventId: eventIdOf(e),
  streamId: e.streamId,
  type: e.type,
  actor: e.metadata.actor,
  summary: summarize(e),
  recordedAt: e.recordedAt,
  subjects: auditSubjectsOf(e),
});

/** Every event, one row each: a rush's thousands of events are written a batch per statement. */
export const auditTrail: BatchSubscriber = {
  name: NAME,
  purpose: "Record it in the audit log",
  handles: "all",
  async handle(e) {
    await db().auditEntry.createMany({ data: [entryOf(e)], skipDuplicates: true });
  },
  async handleBatch(events) {
    await db().auditEntry.createMany({ data: events.map(entryOf), skipDuplicates: true });
    return [];
  },
  async reset() {
    await db().auditEntry.deleteMany({});
  },
};

/**
 * The newest entries of a brand (or of one of its events), newest first. The projection is read
 * through: entries the dispatcher has not projected yet (those after its checkpoint) are read
 * from the log itself, so what the organizer just did is listed at once, not a dispatch later.
 */
export async function listAudit(brandId: string, eventId: string | null, limit = 200): Promise<AuditRow[]> {
  const [rows, unprojected] = await Promise.all([
    db().auditEntry.findMany({
      where: { brandId, ...(eventId ? { eventId } : {}) },
      orderBy: { position: "desc" },
      take: limit,
    }),
    notProjectedYet(brandId, { eventId, limit }),
  ]);
  return newestFirst(rows.map(rowOf), unprojected, limit);
}

export type AuditPage = {
  entries: AuditRow[];
  /** The position to read the next (older) page before; null on the last page. */
  nextBefore: string | null;
};

/** How many entries past the checkpoint the explorer reads from the log to filter them itself. */
const READ_THROUGH_LIMIT = 1000;

/**
 * One page of a brand's audit explorer, newest first: entries about one kind of thing or one
 * thing (an order's, a product's, a pool's history), of one type, by one actor, in a period.
 * Keyset paging: the next page is the entries before the last position of this one. Read through
 * like `listAudit`; every row read is the brand's.
 */
export async function exploreAudit(
  brandId: string,
  filter: AuditFilter,
  page: { before?: bigint; limit?: number } = {},
): Promise<AuditPage> {
  const limit = page.limit ?? 50;
  const subject = subjectWanted(filter);
  const [rows, unprojected] = await Promise.all([
    db().auditEntry.findMany({
      where: {
        brandId,
        ...(subject ? { subjects: { has: subject } } : {}),
        ...(filter.type ? { type: filter.type } : {}),
        ...(filter.actor ? { actor: { contains: filter.actor, mode: "insensitive" as const } } : {}),
        ...(filter.from || filter.to ? { recordedAt: { gte: filter.from, lt: filter.to } } : {}),
        ...(page.before !== undefined ? { position: { lt: page.before } } : {}),
      },
      orderBy: { position: "desc" },
      take: limit + 1,
    }),
    notProjectedYet(brandId, { eventId: null, before: page.before, limit: READ_THROUGH_LIMIT }),
  ]);
  const matching = unprojected.filter((r) => auditEntryMatches(filter, r));
  const entries = newestFirst(rows.map(rowOf), matching, limit + 1);
  const more = entries.length > limit;
  return {
    entries: entries.slice(0, limit),
    nextBefore: more ? entries[limit - 1]!.position : null,
  };
}

function rowOf(r: {
  position: bigint;
  type: string;
  actor: string;
  summary: string;
  recordedAt: Date;
  streamId: string;
  subjects: string[] | null;
}): AuditRow {
  return {
    position: r.position.toString(),
    type: r.type,
    actor: r.actor,
    summary: r.summary,
    recordedAt: r.recordedAt,
    streamId: r.streamId,
    subjects: r.subjects ?? [],
  };
}

/** Projected rows and those read through from the log, each once, newest first. */
function newestFirst(projected: AuditRow[], unprojected: AuditRow[], limit: number): AuditRow[] {
  const seen = new Set(projected.map((r) => r.position));
  return [...unprojected.filter((r) => !seen.has(r.position)), ...projected]
    .sort((a, b) => (BigInt(b.position) > BigInt(a.position) ? 1 : -1))
    .slice(0, limit);
}

/** The brand's events past the audit projection's checkpoint, as the projection will write them. */
async function notProjectedYet(
  brandId: string,
  o: { eventId: string | null; before?: bigint; limit: number },
): Promise<AuditRow[]> {
  const ofEvent = o.eventId ? Prisma.sql`AND e.payload->>'eventId' = ${o.eventId}` : Prisma.empty;
  const before = o.before !== undefined ? Prisma.sql`AND e.position < ${o.before}` : Prisma.empty;
  const rows = await db().$queryRaw<Parameters<typeof toRecorded>[0][]>`
    SELECT e.position, e.transaction_id::text, e.stream_id, e.stream_version, e.type, e.payload, e.metadata,
      e.recorded_at
    FROM event_log e
    LEFT JOIN subscription_checkpoint c ON c.name = ${NAME}
    WHERE (e.transaction_id, e.position) > (coalesce(c.last_transaction_id, '0'::xid8), coalesce(c.last_position, 0))
      AND e.metadata->>'brandId' = ${brandId} ${ofEvent} ${before}
    ORDER BY e.position DESC
    LIMIT ${o.limit}`;
  return rows.map(toRecorded).map((e) => rowOf(entryOf(e)));
}
