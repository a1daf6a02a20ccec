// The exports bench (issue 15): BENCH_EXPORT_ORDERS paid orders (100,000 by default) generated
// straight into the tables and the event log, then the orders export built as CSV and as XLSX,
// each in a process of its own (bench-export-child.ts) — rows per second, and that process's
// peak memory (RSS and heap, sampled every 20 ms). An export reads the order tables, not the read models, so
// every subscriber is moved past the generated entries: the app's worker stays idle while this
// measures (replaying 200,000 entries into the projections is insights_ms's business).
import { spawnSync } from "node:child_process";
import type { Actor } from "@/server/platform/metadata";

const ORDERS = Number(process.env.BENCH_EXPORT_ORDERS ?? 100_000);
/** The exporting process's heap limit (V8 grows a heap it is allowed to, whatever it needs). */
const HEAP_MB = 128;

export type ExportBench = {
  /** The generated event, for insights_ms. */
  eventId: string;
  orders: number;
  generateSeconds: number;
  rowsPerS: number;
  xlsxRowsPerS: number;
  peakMb: number;
  heapPeakMb: number;
};

export async function measureExport(
  actor: Actor,
  brand: Parameters<typeof import("@/server/workflows").createProduct>[1] & { slug: string },
  log: (m: string) => void,
): Promise<ExportBench> {
  const offering = await import("@/server/offering");
  const { createProduct, newProductInput } = await import("@/server/workflows");
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
  const ga = newProductInput.parse({
    kind: "ticket",
    name: "GA",
    taxRate: 7,
    capacity: 10,
    phases: [{ price: "24.99" }],
  });
  const { productId } = await createProduct(actor, brand, event.id, ga);
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

  // Each export in a process of its own, its peak memory the export's (not the generator's), and
  // its heap held to HEAP_MB: an export whose memory grew with its rows would fail the bench.
  const measure = (format: "csv" | "xlsx") => {
    const child = spawnSync(
      process.execPath,
      [require.resolve("tsx/cli"), "scripts/lib/bench-export-child.ts", brand.id, event.id, format],
      { env: { ...process.env, NODE_OPTIONS: `--max-old-space-size=${HEAP_MB}` }, encoding: "utf8" },
    );
    if (child.status !== 0) throw new Error(`the ${format} export failed: ${child.stderr.slice(-2000)}`);
    const line = child.stdout.split("\n").find((l) => l.startsWith('{"rows"'));
    if (!line) throw new Error(`the ${format} export said nothing: ${child.stdout.slice(-2000)}`);
    const r = JSON.parse(line) as ChildResult;
    log(
      `[bench] export ${format}: ${r.rows} orders in ${r.seconds.toFixed(1)} s, peak RSS ${r.peakRssMb} MB`,
    );
    return r;
  };
  const csv = measure("csv");
  const xlsx = measure("xlsx");
  return {
    eventId: event.id,
    orders: ORDERS,
    generateSeconds,
    rowsPerS: csv.rows / csv.seconds,
    xlsxRowsPerS: xlsx.rows / xlsx.seconds,
    peakMb: Math.max(csv.peakRssMb, xlsx.peakRssMb),
    heapPeakMb: Math.max(csv.peakHeapMb, xlsx.peakHeapMb),
  };
}

type ChildResult = {
  rows: number;
  seconds: number;
  peakRssMb: number;
  peakHeapMb: number;
  heapLimitMb: number;
};
