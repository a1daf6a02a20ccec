// The exports bench (issue 15): BENCH_EXPORT_ORDERS paid orders (100,000 by default) generated
// straight into the tables and the event log, then the orders export built as CSV and as XLSX in
// this process — rows per second, and the process's peak memory (RSS and heap, sampled every
// 20 ms) while it runs. An export reads the order tables, not the read models, so every
// subscriber is moved past the generated entries: the app's worker stays idle while this
// measures (replaying 200,000 entries into the projections is insights_ms's business).
import type { Actor } from "@/server/platform/metadata";

const ORDERS = Number(process.env.BENCH_EXPORT_ORDERS ?? 100_000);

export type ExportBench = {
  orders: number;
  generateSeconds: number;
  rowsPerS: number;
  xlsxRowsPerS: number;
  peakMb: number;
  heapPeakMb: number;
  baseMb: number;
};

export async function measureExport(
  actor: Actor,
  brand: Parameters<typeof import("@/server/workflows").createProduct>[1] & { slug: string },
  log: (m: string) => void,
): Promise<ExportBench> {
  const offering = await import("@/server/offering");
  const insights = await import("@/server/insights");
  const { createProduct, startExport } = await import("@/server/workflows");
  const { exportSources } = await import("@/server/workflows/exports");
  const { subscribers } = await import("@/server/workflows/subscriptions");
  const { generateOrders } = await import("@/test/generate-orders");
  const event = await offering.createEvent(actor, brand.id, {
    name: "Export night",
    venue: "Hall",
    description: "",
    timeZone: "Europe/Berlin",
    startsAt: "2031-02-01T20:00",
    endsAt: "2031-02-01T23:00",
  });
  const { productId } = await createProduct(actor, brand, event.id, {
    kind: "ticket",
    name: "GA",
    taxRate: 7,
    capacity: 10,
    phases: [{ price: "24.99" }],
  });
  log(`[bench] export: generating ${ORDERS} paid orders into the tables and the event log`);
  const t0 = performance.now();
  const line = {
    productId,
    productName: "GA",
    variantId: null,
    variantName: null,
    kind: "ticket",
    quantity: 1,
    unitPrice: 2499,
    discount: 0,
    tax: 163,
    total: 2499,
    selection: null,
    allocation: [],
    components: [],
  };
  await generateOrders({
    brandId: brand.id,
    eventId: event.id,
    currency: "EUR",
    lines: [line],
    count: ORDERS,
    subscribers: subscribers.map((s) => s.name),
    replays: () => false,
  });
  const generateSeconds = (performance.now() - t0) / 1000;

  const measure = async (format: "csv" | "xlsx") => {
    const { exportId } = await startExport(
      actor,
      brand,
      { kind: "orders", format, eventId: event.id },
      new Date(),
    );
    const peak = sampleMemory();
    const t = performance.now();
    await insights.buildExport(exportId, exportSources, () => new Date());
    const seconds = (performance.now() - t) / 1000;
    const memory = peak.stop();
    const done = await insights.exportOf(brand.id, exportId);
    log(
      `[bench] export ${format}: ${done.rowsDone} orders in ${seconds.toFixed(1)} s, peak RSS ${memory.rssMb} MB`,
    );
    return { rowsPerS: done.rowsDone / seconds, ...memory };
  };
  const baseMb = Math.round(process.memoryUsage().rss / 2 ** 20);
  const csv = await measure("csv");
  const xlsx = await measure("xlsx");
  return {
    orders: ORDERS,
    generateSeconds,
    rowsPerS: csv.rowsPerS,
    xlsxRowsPerS: xlsx.rowsPerS,
    peakMb: Math.max(csv.rssMb, xlsx.rssMb),
    heapPeakMb: Math.max(csv.heapMb, xlsx.heapMb),
    baseMb,
  };
}

/** The peak RSS and heap of this process until stopped. */
function sampleMemory() {
  let rss = 0;
  let heap = 0;
  const sample = () => {
    const m = process.memoryUsage();
    rss = Math.max(rss, m.rss);
    heap = Math.max(heap, m.heapUsed);
  };
  sample();
  const timer = setInterval(sample, 20);
  return {
    stop() {
      clearInterval(timer);
      sample();
      return { rssMb: Math.round(rss / 2 ** 20), heapMb: Math.round(heap / 2 ** 20) };
    },
  };
}
