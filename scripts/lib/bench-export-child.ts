// One export built in a process of its own, so its memory is the export's alone (not what the
// bench generated before it): `tsx scripts/lib/bench-export-child.ts <brandId> <eventId> <csv|xlsx>`
// prints {rows, seconds, peakRssMb, peakHeapMb} as JSON. Used by bench-export.ts.
import { getHeapStatistics } from "node:v8";
import { db, disconnectDb } from "@/server/platform/db";
import * as insights from "@/server/insights";
import { startExport } from "@/server/workflows";
import { exportSources } from "@/server/workflows/exports";

async function main() {
  const [brandId, eventId, format] = process.argv.slice(2);
  if (!brandId || !eventId || (format !== "csv" && format !== "xlsx"))
    throw new Error("usage: bench-export-child.ts <brandId> <eventId> <csv|xlsx>");
  const brand = await db().brand.findUniqueOrThrow({ where: { id: brandId } });
  const actor = { kind: "system" as const, label: "bench" };
  // No job: the app's worker would build it beside this process, which measures its own build.
  const request = { kind: "orders" as const, format, eventId } as const;
  const { exportId } = await startExport(actor, brand, request, new Date(), { queue: false });
  let rss = 0;
  let heap = 0;
  const sample = () => {
    const m = process.memoryUsage();
    rss = Math.max(rss, m.rss);
    heap = Math.max(heap, m.heapUsed);
  };
  const timer = setInterval(sample, 20);
  const t = performance.now();
  await insights.buildExport(exportId, exportSources, () => new Date());
  const seconds = (performance.now() - t) / 1000;
  clearInterval(timer);
  sample();
  const done = await insights.exportOf(brand.id, exportId);
  if (done.status !== "done") throw new Error(`the export ended ${done.status}: ${done.error}`);
  const mb = (n: number) => Math.round(n / 2 ** 20);
  const heapLimitMb = mb(getHeapStatistics().heap_size_limit);
  console.log(
    JSON.stringify({ rows: done.rowsDone, seconds, peakRssMb: mb(rss), peakHeapMb: mb(heap), heapLimitMb }),
  );
  await disconnectDb();
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
