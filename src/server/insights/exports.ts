// Exports (docs/adr/0029): the organizer asks for one (a row and a job, in one transaction); the
// job reads its rows page by page (keyset: after the last id, never an offset) from sources it is
// handed, writes them as a stream into the file store, and records its progress; the Studio lists
// the brand's exports and streams a finished file back. Files are kept KEEP_DAYS days.
import { PassThrough } from "node:stream";
import { transaction, type UnitOfWork } from "@/server/platform/unit-of-work";
import { addJob } from "@/server/platform/jobs";
import { fileStore, type StoredStream } from "@/server/platform/storage";
import { newId } from "@/server/platform/ids";
import type { Actor } from "@/server/platform/metadata";
import { invalid, notFound, DomainError } from "@/server/platform/errors";
import { log } from "@/server/platform/log";
import { CONTENT_TYPES, openSheet } from "./export-files";
import {
  EXPORT_COLUMNS,
  attendeeRows,
  lineRows,
  orderRows,
  paymentRows,
  refundRows,
  type ExportAttendee,
  type ExportKind,
  type ExportOrder,
  type ExportPayment,
  type ExportRefund,
  type ExportRequest,
  type Row,
} from "./model/export-table";
import {
  exportForJob,
  exportsToExpire,
  findExport,
  insertExport,
  listExports,
  markDone,
  markExpired,
  markFailed,
  markRunning,
  recordProgress,
  unfinishedExports,
  type ExportRecord,
} from "./infrastructure/exports-repo";

export type { ExportRecord };

/** How long a finished file is kept; after that the row stays (as "expired") and the file goes. */
export const KEEP_DAYS = 7;
/** Exports of one brand queued or running at once: a click more waits for one to finish. */
export const MAX_UNFINISHED = 3;
const PAGE = 1000;
export const BUILD_EXPORT_TASK = "build-export";

export type ExportScope = { brandId: string; eventId: string | null };

/** Where an export's rows come from, one page at a time, in id order after `afterId`. */
export type PagedSource<T extends { id: string }> = {
  count(scope: ExportScope): Promise<number>;
  page(scope: ExportScope, afterId: string | null, limit: number): Promise<T[]>;
};

/**
 * The owning contexts' rows, handed in by the worker (workflows): insights reads no other context's tables.
 */
export type ExportSources = {
  orders: PagedSource<ExportOrder>;
  payments: PagedSource<ExportPayment>;
  refunds: PagedSource<ExportRefund>;
  attendees: PagedSource<ExportAttendee>;
};

/** One source of an export's rows: counted, and read a page at a time as rows of the file. */
type Phase = {
  count(scope: ExportScope): Promise<number>;
  page(
    scope: ExportScope,
    afterId: string | null,
    limit: number,
  ): Promise<{ rows: Row[]; records: number; lastId: string | null }>;
};

function phase<T extends { id: string }>(source: PagedSource<T>, rowsOf: (record: T) => Row[]): Phase {
  return {
    count: (scope) => source.count(scope),
    async page(scope, afterId, limit) {
      const records = await source.page(scope, afterId, limit);
      return { rows: records.flatMap(rowsOf), records: records.length, lastId: records.at(-1)?.id ?? null };
    },
  };
}

/** What each kind reads, in order: the payments export is the payments, then the refunds. */
function phasesOf(kind: ExportKind, s: ExportSources): Phase[] {
  switch (kind) {
    case "orders":
      return [phase(s.orders, orderRows)];
    case "lines":
      return [phase(s.orders, lineRows)];
    case "payments":
      return [phase(s.payments, paymentRows), phase(s.refunds, refundRows)];
    case "attendees":
      return [phase(s.attendees, attendeeRows)];
  }
}

/**
 * Queue an export of the brand (the caller has checked the event is the brand's) and its job,
 * in one transaction: the job exists iff the row does. `fileName` is what the download is called.
 * `queue: false` adds no job: the caller builds it itself (the bench, to measure the build).
 */
export async function requestExport(
  actor: Actor,
  brandId: string,
  request: ExportRequest & { fileName: string },
  now: Date,
  { queue = true }: { queue?: boolean } = {},
): Promise<{ exportId: string }> {
  const id = newId("exp_");
  await transaction(async (uow: UnitOfWork) => {
    if ((await unfinishedExports(uow, brandId)) >= MAX_UNFINISHED)
      throw invalid(
        `${MAX_UNFINISHED} exports are still being made. Download one when it is ready, then try again.`,
      );
    await insertExport(uow, {
      id,
      brandId,
      eventId: request.eventId,
      kind: request.kind,
      format: request.format,
      fileName: `${request.fileName}.${request.format}`,
      requestedBy: actor.label,
      createdAt: now,
    });
    if (queue)
      await addJob(uow, BUILD_EXPORT_TASK, { exportId: id }, { queueName: "exports", maxAttempts: 3 });
  });
  return { exportId: id };
}

export async function exportsOf(brandId: string, eventId: string | null = null, limit = 50) {
  return listExports(brandId, { eventId, limit });
}

export async function exportOf(brandId: string, exportId: string): Promise<ExportRecord> {
  const e = await findExport(brandId, exportId);
  if (!e) throw notFound("This export does not exist.");
  return e;
}

/** A finished export's file, as a stream; not found for another brand's, an unfinished or an expired one. */
export async function exportFile(
  brandId: string,
  exportId: string,
): Promise<StoredStream & { fileName: string }> {
  const e = await exportOf(brandId, exportId);
  if (e.status !== "done" || !e.fileKey)
    throw notFound("This export is not ready, or its file is no longer kept.");
  const stored = await fileStore().getStream(e.fileKey);
  if (!stored) throw notFound("This export's file is no longer kept. Export again.");
  return { ...stored, fileName: e.fileName ?? `${e.kind}.${e.format}` };
}

/**
 * The job: build the file. Runs again from the start if retried (the file is rewritten whole).
 * A failure is recorded on the row for the organizer, and the error thrown for the worker's retry.
 */
export async function buildExport(
  exportId: string,
  sources: ExportSources,
  now: () => Date,
  pageSize = PAGE,
): Promise<void> {
  const e = await exportForJob(exportId);
  if (!e || e.status === "done" || e.status === "expired") return;
  let rows: number;
  try {
    rows = await writeExport(e, sources, pageSize);
  } catch (err) {
    log.error({ err, exportId }, "[exports] building an export failed");
    const message =
      err instanceof DomainError
        ? err.message
        : "The export could not be made. Try again; if it fails again, tell us.";
    await markFailed(e.brandId, e.id, message, now());
    throw err;
  }
  await markDone(e.brandId, e.id, rows, now());
  await expireOldExports(e.brandId, now());
}

/** Write the file; returns how many records (orders, payments and refunds, tickets) it holds. */
async function writeExport(e: ExportRecord, sources: ExportSources, pageSize: number): Promise<number> {
  const scope = { brandId: e.brandId, eventId: e.eventId };
  const phases = phasesOf(e.kind, sources);
  let total = 0;
  for (const p of phases) total += await p.count(scope);
  const fileKey = `exports/${e.brandId.toLowerCase()}/${e.id.toLowerCase()}.${e.format}`;
  await markRunning(e.brandId, e.id, total, fileKey);

  const out = new PassThrough();
  const stored = fileStore().putStream(fileKey, out, CONTENT_TYPES[e.format]);
  stored.catch(() => {}); // awaited below; a failure while writing rows must not go unhandled
  const sheet = openSheet(e.format, EXPORT_COLUMNS[e.kind], out, e.kind);
  let done = 0;
  try {
    for (const p of phases) {
      for (let after: string | null = null; ;) {
        const page = await p.page(scope, after, pageSize);
        for (const row of page.rows) sheet.add(row);
        done += page.records;
        await recordProgress(e.brandId, e.id, done);
        // The file store drains what was written before the next page is read: memory stays one page.
        if (out.writableNeedDrain) await new Promise((resolve) => out.once("drain", resolve));
        if (page.records < pageSize) break;
        after = page.lastId;
      }
    }
    await sheet.finish();
  } catch (err) {
    out.destroy(err as Error);
    throw err;
  }
  await stored;
  return done;
}

/** Remove the brand's files kept longer than KEEP_DAYS; their rows stay, marked expired. */
export async function expireOldExports(brandId: string, now: Date): Promise<number> {
  const old = await exportsToExpire(brandId, new Date(now.getTime() - KEEP_DAYS * 86_400_000));
  for (const e of old) if (e.fileKey) await fileStore().remove(e.fileKey);
  await markExpired(
    brandId,
    old.map((e) => e.id),
  );
  return old.length;
}
