// The insight_export rows: what was asked for, how far its job got, and where its file is.
// Every read and write names the brand, so one brand never sees or touches another's exports.
import type { InsightExport } from "@/generated/prisma/client";
import { db, txOf, type UnitOfWork } from "@/server/platform/db";
import type { ExportFormat, ExportKind } from "../model/export-table";

export type ExportStatus = "queued" | "running" | "done" | "failed" | "expired";

export type ExportRecord = {
  id: string;
  brandId: string;
  eventId: string | null;
  kind: ExportKind;
  format: ExportFormat;
  status: ExportStatus;
  rowsDone: number;
  rowsTotal: number | null;
  fileKey: string | null;
  fileName: string | null;
  requestedBy: string;
  createdAt: Date;
  finishedAt: Date | null;
  error: string | null;
};

// kind, format and status are only ever written from the unions above.
const toRecord = (r: InsightExport) => r as ExportRecord;

export async function insertExport(
  uow: UnitOfWork,
  e: Pick<
    ExportRecord,
    "id" | "brandId" | "eventId" | "kind" | "format" | "fileName" | "requestedBy" | "createdAt"
  >,
) {
  await txOf(uow).insightExport.create({ data: { ...e, status: "queued" } });
}

/** Exports of the brand not yet finished: a brand may only have a few building at once. */
export async function unfinishedExports(uow: UnitOfWork, brandId: string): Promise<number> {
  return txOf(uow).insightExport.count({ where: { brandId, status: { in: ["queued", "running"] } } });
}

export async function findExport(brandId: string, id: string): Promise<ExportRecord | null> {
  const r = await db().insightExport.findFirst({ where: { id, brandId } });
  return r ? toRecord(r) : null;
}

/** The job's own read: the export by id alone (the job's payload names only the export). */
export async function exportForJob(id: string): Promise<ExportRecord | null> {
  const r = await db().insightExport.findUnique({ where: { id } });
  return r ? toRecord(r) : null;
}

export async function listExports(
  brandId: string,
  f: { eventId?: string | null; limit: number },
): Promise<ExportRecord[]> {
  const rows = await db().insightExport.findMany({
    where: { brandId, ...(f.eventId ? { eventId: f.eventId } : {}) },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: f.limit,
  });
  return rows.map(toRecord);
}

export async function markRunning(brandId: string, id: string, rowsTotal: number, fileKey: string) {
  await db().insightExport.updateMany({
    where: { id, brandId },
    data: { status: "running", rowsDone: 0, rowsTotal, fileKey, error: null },
  });
}

export async function recordProgress(brandId: string, id: string, rowsDone: number) {
  await db().insightExport.updateMany({ where: { id, brandId }, data: { rowsDone } });
}

export async function markDone(brandId: string, id: string, rowsDone: number, at: Date) {
  await db().insightExport.updateMany({
    where: { id, brandId },
    data: { status: "done", rowsDone, finishedAt: at },
  });
}

export async function markFailed(brandId: string, id: string, error: string, at: Date) {
  await db().insightExport.updateMany({
    where: { id, brandId },
    data: { status: "failed", error, finishedAt: at, fileKey: null },
  });
}

/** Finished exports of the brand older than `before` whose file is still kept. */
export async function exportsToExpire(brandId: string, before: Date): Promise<ExportRecord[]> {
  const rows = await db().insightExport.findMany({
    where: { brandId, status: "done", finishedAt: { lt: before } },
    take: 500,
  });
  return rows.map(toRecord);
}

export async function markExpired(brandId: string, ids: string[]) {
  if (ids.length === 0) return;
  await db().insightExport.updateMany({
    where: { brandId, id: { in: ids } },
    data: { status: "expired", fileKey: null },
  });
}
