// The audit trail: one row per event, readable by brand and event. A projection, rebuilt from the log.
import { db } from "@/server/platform/db";
import type { RecordedEvent, Subscriber } from "./types";

export type AuditRow = {
  position: string;
  type: string;
  actor: string;
  summary: string;
  recordedAt: Date;
  streamId: string;
};

function summarize(e: RecordedEvent): string {
  const p = e.payload as Record<string, unknown>;
  const bits = ["name", "reference", "quantity", "code", "status"]
    .filter((k) => p[k] !== undefined && typeof p[k] !== "object")
    .map((k) => `${k}: ${String(p[k])}`);
  return bits.join(", ");
}

function eventIdOf(e: RecordedEvent): string | null {
  const p = e.payload as Record<string, unknown>;
  return typeof p.eventId === "string" ? p.eventId : null;
}

export const auditTrail: Subscriber = {
  name: "projection:audit-trail",
  purpose: "Record it in the audit log",
  handles: "all",
  async handle(e) {
    await db().auditEntry.upsert({
      where: { position: e.position },
      create: {
        position: e.position,
        brandId: e.metadata.brandId,
        eventId: eventIdOf(e),
        streamId: e.streamId,
        type: e.type,
        actor: e.metadata.actor,
        summary: summarize(e),
        recordedAt: e.recordedAt,
      },
      update: {},
    });
  },
  async reset() {
    await db().auditEntry.deleteMany({});
  },
};

export async function listAudit(brandId: string, eventId: string | null, limit = 200): Promise<AuditRow[]> {
  const rows = await db().auditEntry.findMany({
    where: { brandId, ...(eventId ? { eventId } : {}) },
    orderBy: { position: "desc" },
    take: limit,
  });
  return rows.map((r) => ({
    position: r.position.toString(),
    type: r.type,
    actor: r.actor,
    summary: r.summary,
    recordedAt: r.recordedAt,
    streamId: r.streamId,
  }));
}
