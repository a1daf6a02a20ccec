// `npm run bench [-- --json]`: throughput measured side by side in ONE run on this machine —
// never a pass/fail test. Starts the app like `npm start` on a fresh database, then measures:
//   shop_rps / prerendered_rps   the dynamic shop event page vs a prerendered page of about its size
//   quote_rps                    the live availability + price endpoint (shop.offer), everyone polling
//                                one URL; quote_own_url_rps: each request a URL of its own, so no
//                                answer kept by the front or the route serves it
//   race_*                       N buyers at once for one pool of K units, over HTTP (hold + order)
//   counter_ceiling_tps          the same PostgreSQL's ceiling for a one-row conditional counter update
//   rush_*                       closed loop: BENCH_BUYERS buyers, each ordering again as soon as answered,
//                                until ONE pool (a ticket and a 2-ticket bundle draw from it) sells out
//   half_load_* / single_purchase_ms  open loop: buyers arriving at half rush_holds_per_s, whatever the
//                                answers; and uncontended purchases one at a time
//   fulfil_orders_per_s          the rush's paid orders, paid in one burst: tickets issued and e-mails
//                                handed to the mail transport, per second
//   export_rows_per_s / export_peak_mb  the orders export of 100,000 generated orders (CSV, and XLSX
//                                as export_xlsx_rows_per_s): orders per second, the exporting process's
//                                peak RSS (export_heap_peak_mb: its peak heap, under a 128 MB limit)
//   insights_ms / insights_p99_ms  the event Insights page of those generated orders, signed in, one
//                                request at a time (p50, p99); insights_vs_shop_p99 against shop_p99_ms
// BENCH_PROFILE=<dir> has the app's web process and worker write CPU profiles there; what the
// app logs goes to .data/bench-app.log.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, openSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import pg from "pg";
import { loadDevelopmentSecrets } from "./lib/secrets";
import { freshDatabase } from "./lib/database";
import { ensurePrismaClient } from "./lib/prerequisites";
import { measureExport } from "./lib/bench-export";
import { measureInsights } from "./lib/bench-insights";
import { cpuByRole, spentPer } from "./lib/cpu-accounting";
import { forgetRenderedPages } from "./lib/rendered-pages";

const json = process.argv.includes("--json");
const log = (m: string) => (json ? process.stderr.write(m + "\n") : console.log(m));
const PORT = Number(process.env.BENCH_PORT ?? 3400);
const BASE = `http://127.0.0.1:${PORT}`;
const BUYERS = Number(process.env.BENCH_BUYERS ?? 200);
const CAPACITY = Number(process.env.BENCH_CAPACITY ?? 100);
const DURATION = Number(process.env.BENCH_SECONDS ?? 8);
const CONNECTIONS = 20;
// The rush: sized so the whole bench stays within a few minutes on 2 cores at today's purchase
// speed; raise them for bigger runs (e.g. BENCH_RUSH_CAPACITY=3000 for the 2,000 orders).
const RUSH_CAPACITY = Number(process.env.BENCH_RUSH_CAPACITY ?? 600);
const RUSH_MAX_SECONDS = Number(process.env.BENCH_RUSH_MAX_SECONDS ?? 120);
const OPEN_SECONDS = Number(process.env.BENCH_OPEN_SECONDS ?? 10);
const SINGLE_PURCHASES = Number(process.env.BENCH_SINGLE_PURCHASES ?? 15);
const DATABASE_NAME = process.env.BENCH_DATABASE_NAME ?? "marquee_bench";
/** The app under measure (`npm start`'s process), once started: its processes are told apart by it. */
const APP = { pid: 0 };
const PAY_AT_ONCE = 8;

async function waitHealthy(ms = 120_000) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    try {
      if ((await fetch(`${BASE}/api/health`)).ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error("the app did not start");
}

async function load(
  url: string,
  each: "same URL" | "a URL of its own" = "same URL",
): Promise<{ rps: number; p50: number; p99: number; bytes: number; errors: number }> {
  // A URL of its own (a parameter the app ignores): no answer kept by the web front or the route
  // serves it, so the app's own path is measured (the snapshots it reads are still shared).
  let n = 0;
  const own: autocannon.Request = {
    setupRequest: (r: autocannon.Request) => ({ ...r, path: `${r.path ?? ""}&n=${n++}` }),
  };
  const opts = {
    url,
    connections: CONNECTIONS,
    pipelining: 1,
    requests: each === "same URL" ? undefined : [own],
  };
  await autocannon({ ...opts, duration: 2 }); // warm-up
  const r = await autocannon({ ...opts, duration: DURATION });
  return {
    rps: r.requests.average,
    p50: r.latency.p50,
    p99: r.latency.p99,
    bytes: Math.round(r.throughput.average / Math.max(1, r.requests.average)),
    errors: r.errors + r.non2xx,
  };
}

function percentile(xs: number[], p: number) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? 0;
}

type Answer = {
  kind: "held" | "sold_out" | "other_4xx" | "5xx";
  ms: number;
  at: number;
  orderId: string | null;
};

let unanswered = 0;
let failed = 0;

/** One purchase over HTTP (hold + order + payment intent), as a fan's browser sends it. */
async function purchase(
  n: number,
  brandSlug: string,
  eventId: string,
  line: { productId: string; quantity: number },
): Promise<Answer> {
  const t = performance.now();
  try {
    const res = await fetch(`${BASE}/api/trpc/shop.placeOrder`, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        "x-forwarded-for": `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`,
      },
      body: JSON.stringify({
        json: {
          brandSlug,
          eventId,
          buyer: { name: `Fan ${n}`, email: `fan${n}@example.com` },
          lines: [line],
        },
      }),
    });
    const body = (await res.json().catch(() => ({}))) as {
      result?: { data: { json: { orderId: string } } };
      error?: { json: { data: { domainCode?: string } } };
    };
    const at = performance.now();
    if (res.status >= 500 && failed++ < 3)
      log(`[bench] a purchase answered ${res.status}: ${JSON.stringify(body)}`);
    const kind = res.ok
      ? "held"
      : body.error?.json.data.domainCode === "SoldOut"
        ? "sold_out"
        : res.status >= 500
          ? "5xx"
          : "other_4xx";
    return { kind, ms: at - t, at, orderId: body.result?.data.json.orderId ?? null };
  } catch (e) {
    const at = performance.now();
    // No answer at all counts with the failures; the first few say why.
    if (unanswered++ < 3) log(`[bench] a purchase got no answer: ${String((e as Error).cause ?? e)}`);
    return { kind: "5xx", ms: at - t, at, orderId: null };
  }
}

const median = (xs: number[]) => percentile(xs, 50);

async function counterCeiling(url: string): Promise<number> {
  const pool = new pg.Pool({ connectionString: url, max: CONNECTIONS });
  await pool.query("CREATE TABLE IF NOT EXISTS bench_counter (id int PRIMARY KEY, n int NOT NULL)");
  await pool.query("INSERT INTO bench_counter VALUES (1, 0) ON CONFLICT (id) DO UPDATE SET n = 0");
  const end = Date.now() + 5000;
  let done = 0;
  await Promise.all(
    Array.from({ length: CONNECTIONS }, async () => {
      while (Date.now() < end) {
        await pool.query("UPDATE bench_counter SET n = n + 1 WHERE id = 1 AND n < 1000000000");
        done++;
      }
    }),
  );
  await pool.end();
  return done / 5;
}

type Workflows = typeof import("@/server/workflows");
type Brand = Parameters<Workflows["createProduct"]>[1];
type Actor = Parameters<Workflows["createProduct"]>[0];
type Counts = Record<Answer["kind"], number>;
const countKinds = (answers: Answer[]): Counts => {
  const c: Counts = { held: 0, sold_out: 0, other_4xx: 0, "5xx": 0 };
  for (const a of answers) c[a.kind]++;
  return c;
};
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * The sustained rush, closed loop then open loop, and fulfilment of the rush's paid orders.
 * Each loop has an event of its own with ONE pool that a ticket and a 2-ticket bundle draw from.
 */
async function measureRush(actor: Actor, brand: Brand) {
  const offering = await import("@/server/offering");
  const workflows = await import("@/server/workflows");
  const checkout = await import("@/server/checkout");
  const { db } = await import("@/server/platform/db");
  async function poolEvent(name: string, capacity: number) {
    const event = await offering.createEvent(actor, brand.id, {
      name,
      venue: "Hall",
      description: "",
      timeZone: "Europe/Berlin",
      startsAt: "2031-02-01T20:00",
      endsAt: "2031-02-01T23:00",
    });
    const pool = await workflows.createPoolWithDraws(
      actor,
      brand.id,
      { name: `${name} floor`, capacity },
      [],
    );
    const dayTicket = workflows.newProductInput.parse({
      kind: "ticket",
      name: "Day ticket",
      taxRate: 0,
      poolId: pool.poolId,
      phases: [{ price: "30" }],
    });
    const { productId: ticketId } = await workflows.createProduct(actor, brand, event.id, dayTicket);
    const duoPack = workflows.newBundleInput.parse({
      name: "Duo pack",
      taxRate: 0,
      components: [{ productId: ticketId, quantity: 2 }],
      pricing: { mode: "sum", discountKind: "percent", discountValue: 10 },
    });
    const { productId: bundleId } = await workflows.createBundle(actor, brand, event.id, duoPack);
    await offering.publishEvent(actor, brand.id, event.id, new Date());
    // Every third order is the bundle (2 units of the pool), the others a single ticket.
    const lineOf = (n: number) => ({ productId: n % 3 === 0 ? bundleId : ticketId, quantity: 1 });
    const unitsOf = (n: number) => (n % 3 === 0 ? 2 : 1);
    return { eventId: event.id, poolId: pool.poolId, lineOf, unitsOf };
  }

  // 1. Closed loop: each buyer orders again as soon as answered, until told the pool is sold out.
  log(`[bench] rush: ${BUYERS} buyers in a closed loop until ${RUSH_CAPACITY} units sell out`);
  const rush = await poolEvent("Rush", RUSH_CAPACITY);
  const answers: Answer[] = [];
  const orders: { orderId: string; units: number }[] = [];
  let next = 0;
  const cpuBefore = cpuByRole(APP.pid, DATABASE_NAME);
  const started = performance.now();
  const deadline = started + RUSH_MAX_SECONDS * 1000;
  await Promise.all(
    Array.from({ length: BUYERS }, async () => {
      while (performance.now() < deadline) {
        const n = next++;
        const a = await purchase(100_000 + n, "bench", rush.eventId, rush.lineOf(n));
        answers.push(a);
        if (a.orderId) orders.push({ orderId: a.orderId, units: rush.unitsOf(n) });
        if (a.kind === "sold_out") return;
      }
    }),
  );
  const holds = answers.filter((a) => a.kind === "held");
  // Where the rush's CPU went, per successful hold (every answer's work included).
  const rushCpu = spentPer(cpuBefore, cpuByRole(APP.pid, DATABASE_NAME), holds.length);
  const windowMs = Math.max(1, Math.max(...holds.map((a) => a.at)) - started);
  const inQuarter = (q: number) =>
    holds.filter((a) => a.at - started >= (q * windowMs) / 4 && a.at - started < ((q + 1) * windowMs) / 4)
      .length + (q === 3 ? 1 : 0); // the last hold ends the window: it belongs to the last quarter
  const heldUnits = orders.reduce((n, o) => n + o.units, 0);

  // 2. Pay every held order in one burst while fulfilment waits (its dispatcher's lock is held
  //    here), then let it go and time until every order's tickets e-mail went to the transport.
  log(`[bench] fulfilment: paying ${orders.length} orders in one burst`);
  const gate = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await gate.connect();
  const fulfilLock = "dispatch:workflow:fulfil-paid-order";
  await gate.query("SELECT pg_advisory_lock(hashtextextended($1, 0))", [fulfilLock]);
  let paid = 0;
  await Promise.all(
    Array.from({ length: PAY_AT_ONCE }, async () => {
      while (paid < orders.length) {
        const { orderId } = orders[paid++]!;
        const payment = await db().payment.findFirstOrThrow({ where: { orderId } });
        await checkout.confirmPayment(payment.id, "succeeded", new Date(), {
          kind: "system",
          label: "bench",
        });
      }
    }),
  );
  const released = Date.now();
  const fulfilCpuBefore = cpuByRole(APP.pid, DATABASE_NAME);
  await gate.query("SELECT pg_advisory_unlock(hashtextextended($1, 0))", [fulfilLock]);
  await gate.end();
  const keys = orders.map((o) => `order-confirmation:${o.orderId}`);
  let mailed = { count: 0, last: released };
  for (const end = released + 300_000; mailed.count < orders.length && Date.now() < end; await sleep(100)) {
    const r = await db().mailMessage.aggregate({
      where: { dedupeKey: { in: keys }, status: "sent" },
      _count: true,
      _max: { sentAt: true },
    });
    mailed = { count: r._count, last: r._max.sentAt?.getTime() ?? released };
  }
  const fulfilCpu = spentPer(fulfilCpuBefore, cpuByRole(APP.pid, DATABASE_NAME), mailed.count);
  if (mailed.count < orders.length) {
    const unfulfilled = await db().order.groupBy({
      by: ["status"],
      where: { id: { in: orders.map((o) => o.orderId) } },
      _count: true,
    });
    log(`[bench] fulfilment did not finish: ${mailed.count} of ${orders.length} mailed; orders by status:`);
    log(JSON.stringify(unfulfilled.map((g) => [g.status, g._count])));
  }
  const sold = (await db().pool.findUniqueOrThrow({ where: { id: rush.poolId } })).sold;

  // 3. One purchase at a time, then buyers arriving at half the rush's rate whatever the answers.
  const holdsPerS = holds.length / (windowMs / 1000);
  const halfRate = Math.max(1, holdsPerS / 2);
  const open = await poolEvent("Open", Math.ceil(halfRate * OPEN_SECONDS * 2) + SINGLE_PURCHASES * 2 + 100);
  const single: number[] = [];
  for (let k = 0; k < SINGLE_PURCHASES + 2; k++) {
    const a = await purchase(500_000 + k, "bench", open.eventId, open.lineOf(k + 1));
    if (k >= 2) single.push(a.ms); // the first two warm the path up
  }
  log(`[bench] open loop: ${halfRate.toFixed(1)} buyers/s for ${OPEN_SECONDS} s`);
  const arrivals: Promise<Answer>[] = [];
  const t0 = performance.now();
  for (let k = 0; k < Math.round(halfRate * OPEN_SECONDS); k++) {
    const wait = t0 + (k * 1000) / halfRate - performance.now();
    if (wait > 0) await sleep(wait);
    arrivals.push(purchase(600_000 + k, "bench", open.eventId, open.lineOf(k)));
  }
  const half = await Promise.all(arrivals);

  return {
    capacity: RUSH_CAPACITY,
    heldOrders: holds.length,
    heldUnits,
    sold,
    holdsPerS,
    unitsPerS: heldUnits / (windowMs / 1000),
    lastVsFirstQuarter: +(inQuarter(3) / Math.max(1, inQuarter(0))).toFixed(3),
    answers: countKinds(answers),
    p50: percentile(
      answers.map((a) => a.ms),
      50,
    ),
    p95: percentile(
      answers.map((a) => a.ms),
      95,
    ),
    rushCpu,
    fulfilCpu,
    fulfilOrders: mailed.count,
    fulfilPerS: mailed.count / (Math.max(1, mailed.last - released) / 1000),
    halfRate,
    halfP50: percentile(
      half.map((a) => a.ms),
      50,
    ),
    halfP95: percentile(
      half.map((a) => a.ms),
      95,
    ),
    halfAnswers: countKinds(half),
    single: median(single),
  };
}

async function main() {
  ensurePrismaClient(); // a fresh clone installed with --ignore-scripts has none yet
  loadDevelopmentSecrets(log);
  const database_ = await freshDatabase(
    DATABASE_NAME,
    "pg-bench",
    Number(process.env.EMBEDDED_PG_BENCH_PORT ?? 54379),
  );
  process.env.DATABASE_URL = database_.url;
  process.env.RATE_LIMIT_HOLDS_PER_MINUTE = "1000000";
  process.env.RATE_LIMIT_ORDERS_PER_MINUTE = "1000000";
  if (
    !existsSync(path.join(".next", "BUILD_ID")) ||
    !existsSync(path.join(".next", "server", "app", "prerendered.html"))
  ) {
    log("[bench] building the app (once)");
    if (
      spawnSync("npx", ["next", "build"], {
        stdio: json ? "ignore" : "inherit",
        env: { ...process.env, MARQUEE_BUILD_TYPECHECK: "off" },
      }).status !== 0
    )
      throw new Error("build failed");
  }
  forgetRenderedPages();
  mkdirSync(".data", { recursive: true });
  const appLog = openSync(path.join(".data", "bench-app.log"), "w");
  // BENCH_PROFILE=<dir>: the app's processes write V8 CPU profiles there when stopped.
  const profile = process.env.BENCH_PROFILE
    ? { MARQUEE_CPU_PROFILE: path.resolve(process.env.BENCH_PROFILE) }
    : {};
  const app: ChildProcess = spawn(process.execPath, [require.resolve("tsx/cli"), "scripts/start.ts"], {
    env: { ...process.env, ...profile, PORT: String(PORT) },
    // What the app logs (a 5xx's cause) is kept for after the run.
    stdio: ["ignore", appLog, appLog],
    detached: true,
  });
  APP.pid = app.pid ?? 0;
  try {
    await waitHealthy();
    // The race's event: one ticket drawing from one pool of CAPACITY units.
    const { createVerifiedAccount } = await import("@/server/platform/accounts");
    const distribution = await import("@/server/distribution");
    const offering = await import("@/server/offering");
    const { createProduct, newProductInput } = await import("@/server/workflows");
    const user = await createVerifiedAccount(
      { name: "Bench", email: "bench@example.com", password: "bench-password" },
      new Date(),
    );
    const actor = { kind: "user" as const, id: user.id, label: user.email };
    const brand = await distribution.createBrand(actor, {
      name: "Bench",
      slug: "bench",
      primaryColor: "#123456",
    });
    const event = await offering.createEvent(actor, brand.id, {
      name: "Race",
      venue: "Hall",
      description: "",
      timeZone: "Europe/Berlin",
      startsAt: "2031-01-01T20:00",
      endsAt: "2031-01-01T23:00",
    });
    const ga = newProductInput.parse({
      kind: "ticket",
      name: "GA",
      taxRate: 0,
      capacity: CAPACITY,
      phases: [{ price: "10" }],
    });
    const { productId } = await createProduct(actor, brand, event.id, ga);
    await offering.publishEvent(actor, brand.id, event.id, new Date());
    const demo = await offering.shopEvents((await distribution.shopBrand("demo")).id, new Date());

    log(`[bench] load: ${DURATION} s per endpoint after a 2 s warm-up, ${CONNECTIONS} connections`);
    const shop = await load(`${BASE}/s/demo/${demo[0]!.slug}`);
    const prerendered = await load(`${BASE}/prerendered`);
    const offerUrl = `${BASE}/api/trpc/shop.offer?input=${encodeURIComponent(JSON.stringify({ json: { brandSlug: "demo", eventId: demo[0]!.id } }))}`;
    const quote = await load(offerUrl);
    const quoteOwn = await load(offerUrl, "a URL of its own");

    log(`[bench] race: ${BUYERS} buyers at once for ${CAPACITY} units`);
    const latencies: number[] = [];
    let held = 0;
    let soldOut = 0;
    const started = performance.now();
    const orders = await Promise.all(
      Array.from({ length: BUYERS }, async (_, i) => {
        const t = performance.now();
        const res = await fetch(`${BASE}/api/trpc/shop.placeOrder`, {
          method: "POST",
          headers: { "content-type": "application/json", "x-forwarded-for": `10.1.${i >> 8}.${i & 255}` },
          body: JSON.stringify({
            json: {
              brandSlug: "bench",
              eventId: event.id,
              buyer: { name: `Buyer ${i}`, email: `b${i}@example.com` },
              lines: [{ productId, quantity: 1 }],
            },
          }),
        });
        latencies.push(performance.now() - t);
        const body = (await res.json()) as {
          result?: { data: { json: { orderId: string } } };
          error?: { json: { data: { domainCode: string } } };
        };
        if (res.ok) held++;
        else if (body.error?.json.data.domainCode === "SoldOut") soldOut++;
        return body.result?.data.json.orderId ?? null;
      }),
    );
    const raceSeconds = (performance.now() - started) / 1000;
    // Pay every held order, then let the worker sell the units.
    const checkout = await import("@/server/checkout");
    const { db } = await import("@/server/platform/db");
    for (const orderId of orders.filter((o): o is string => !!o)) {
      const payment = await db().payment.findFirstOrThrow({ where: { orderId } });
      await checkout.confirmPayment(payment.id, "succeeded", new Date(), { kind: "system", label: "bench" });
    }
    let sold = 0;
    for (let i = 0; i < 200 && sold < held; i++) {
      sold = (await db().pool.findFirstOrThrow({ where: { brandId: brand.id } })).sold;
      if (sold < held) await new Promise((r) => setTimeout(r, 100));
    }
    const rush = await measureRush(actor, brand);
    const ceiling = await counterCeiling(database_.url);
    const exported = await measureExport(actor, brand, log);
    const insightsPage = await measureInsights(
      BASE,
      { brandSlug: brand.slug, eventId: exported.eventId },
      { email: "bench@example.com", password: "bench-password" },
      log,
    );

    const figures = {
      shop_rps: Math.round(shop.rps),
      prerendered_rps: Math.round(prerendered.rps),
      shop_vs_prerendered: +(shop.rps / prerendered.rps).toFixed(3),
      shop_bytes: shop.bytes,
      prerendered_bytes: prerendered.bytes,
      shop_p99_ms: shop.p99,
      quote_rps: Math.round(quote.rps),
      quote_p99_ms: quote.p99,
      quote_vs_prerendered: +(quote.rps / prerendered.rps).toFixed(3),
      quote_own_url_rps: Math.round(quoteOwn.rps),
      quote_own_url_p99_ms: quoteOwn.p99,
      quote_own_url_vs_prerendered: +(quoteOwn.rps / prerendered.rps).toFixed(3),
      race_buyers: BUYERS,
      race_capacity: CAPACITY,
      race_held: held,
      race_sold_out_answers: soldOut,
      race_sold: sold,
      race_holds_per_s: Math.round(held / raceSeconds),
      race_attempts_per_s: Math.round(BUYERS / raceSeconds),
      race_p50_ms: Math.round(percentile(latencies, 50)),
      race_p95_ms: Math.round(percentile(latencies, 95)),
      counter_ceiling_tps: Math.round(ceiling),
      race_attempts_vs_ceiling: +(BUYERS / raceSeconds / ceiling).toFixed(3),
      rush_buyers: BUYERS,
      rush_capacity: rush.capacity,
      rush_held_orders: rush.heldOrders,
      rush_held_units: rush.heldUnits,
      rush_sold: rush.sold,
      rush_holds_per_s: Math.round(rush.holdsPerS),
      rush_units_per_s: Math.round(rush.unitsPerS),
      rush_vs_ceiling: +(rush.holdsPerS / ceiling).toFixed(3),
      rush_last_vs_first_quarter: rush.lastVsFirstQuarter,
      rush_answers: rush.answers,
      rush_p50_ms: Math.round(rush.p50),
      rush_p95_ms: Math.round(rush.p95),
      half_load_per_s: +rush.halfRate.toFixed(1),
      half_load_p50_ms: Math.round(rush.halfP50),
      half_load_p95_ms: Math.round(rush.halfP95),
      half_load_answers: rush.halfAnswers,
      single_purchase_ms: Math.round(rush.single),
      half_load_p95_vs_single: +(rush.halfP95 / rush.single).toFixed(2),
      rush_cpu_ms_per_hold: rush.rushCpu,
      fulfil_cpu_ms_per_order: rush.fulfilCpu,
      fulfil_orders: rush.fulfilOrders,
      fulfil_orders_per_s: +rush.fulfilPerS.toFixed(1),
      fulfil_vs_rush_holds: +(rush.fulfilPerS / rush.holdsPerS).toFixed(3),
      export_orders: exported.orders,
      export_generate_s: +exported.generateSeconds.toFixed(1),
      export_rows_per_s: Math.round(exported.rowsPerS),
      export_xlsx_rows_per_s: Math.round(exported.xlsxRowsPerS),
      export_peak_mb: exported.peakMb,
      export_heap_peak_mb: exported.heapPeakMb,
      insights_ms: Math.round(insightsPage.p50),
      insights_p99_ms: Math.round(insightsPage.p99),
      insights_vs_shop_p99: +(insightsPage.p99 / Math.max(1, shop.p99)).toFixed(2),
      insights_rebuild_s: +insightsPage.rebuildSeconds.toFixed(1),
      errors: shop.errors + prerendered.errors + quote.errors + quoteOwn.errors,
      load_average: os.loadavg().map((x) => +x.toFixed(2)),
      cpus: os.cpus().length,
    };
    if (json) console.log(JSON.stringify(figures));
    else {
      console.log("\n| measure | value | compared with | ratio |\n|---|---|---|---|");
      console.log(
        `| shop event page | ${figures.shop_rps} req/s (${figures.shop_bytes} B, p99 ${figures.shop_p99_ms} ms) | prerendered page: ${figures.prerendered_rps} req/s (${figures.prerendered_bytes} B) | ${figures.shop_vs_prerendered} |`,
      );
      console.log(
        `| availability + price (shop.offer), everyone the same URL | ${figures.quote_rps} req/s (p99 ${figures.quote_p99_ms} ms) | prerendered page | ${figures.quote_vs_prerendered} |`,
      );
      console.log(
        `| shop.offer, each request a URL of its own (nothing kept serves it) | ${figures.quote_own_url_rps} req/s (p99 ${figures.quote_own_url_p99_ms} ms) | prerendered page | ${figures.quote_own_url_vs_prerendered} |`,
      );
      console.log(
        `| race: ${BUYERS} buyers, ${CAPACITY} units | ${figures.race_attempts_per_s} attempts/s, ${figures.race_holds_per_s} holds/s, p50 ${figures.race_p50_ms} ms, p95 ${figures.race_p95_ms} ms | PostgreSQL one-row counter: ${figures.counter_ceiling_tps} tps | ${figures.race_attempts_vs_ceiling} |`,
      );
      console.log(
        `| race outcome | ${held} held, ${soldOut} told SoldOut, ${sold} sold of ${CAPACITY} | | |`,
      );
      const a = figures.rush_answers;
      console.log(
        `| rush (closed loop): ${BUYERS} buyers until ${figures.rush_capacity} units sell out | ${figures.rush_holds_per_s} holds/s (${figures.rush_units_per_s} units/s), p50 ${figures.rush_p50_ms} ms, p95 ${figures.rush_p95_ms} ms | PostgreSQL one-row counter: ${figures.counter_ceiling_tps} tps | ${figures.rush_vs_ceiling} |`,
      );
      console.log(
        `| rush, last quarter of the sell window | holds/s in the last quarter | holds/s in the first quarter | ${figures.rush_last_vs_first_quarter} |`,
      );
      console.log(
        `| rush outcome | ${a.held} held (${figures.rush_held_units} units), ${a.sold_out} sold out, ${a.other_4xx} other 4xx, ${a["5xx"]} 5xx; ${figures.rush_sold} sold of ${figures.rush_capacity} | | |`,
      );
      console.log(
        `| open loop at half the rush (${figures.half_load_per_s} buyers/s for ${OPEN_SECONDS} s) | p50 ${figures.half_load_p50_ms} ms, p95 ${figures.half_load_p95_ms} ms | one purchase alone: ${figures.single_purchase_ms} ms | ${figures.half_load_p95_vs_single} |`,
      );
      const cpu = (c: typeof figures.rush_cpu_ms_per_hold) =>
        `web ${c.web}, worker ${c.worker}, PostgreSQL ${c.database}, the bench's buyers ${c.bench}, other ${c.other}`;
      console.log(`| rush, CPU ms per hold | ${cpu(figures.rush_cpu_ms_per_hold)} | | |`);
      console.log(`| fulfilment, CPU ms per order | ${cpu(figures.fulfil_cpu_ms_per_order)} | | |`);
      console.log(
        `| fulfilment: ${figures.fulfil_orders} orders paid in one burst | ${figures.fulfil_orders_per_s} orders/s (tickets issued, e-mail handed to the transport) | rush: ${figures.rush_holds_per_s} holds/s | ${figures.fulfil_vs_rush_holds} |`,
      );
      console.log(
        `| orders export of ${figures.export_orders} generated orders ` +
          `| CSV ${figures.export_rows_per_s} orders/s, XLSX ${figures.export_xlsx_rows_per_s} orders/s, ` +
          `peak RSS ${figures.export_peak_mb} MB (heap ${figures.export_heap_peak_mb} MB) | | |`,
      );
      console.log(
        `| event Insights page of the ${figures.export_orders} generated orders ` +
          `| p50 ${figures.insights_ms} ms, p99 ${figures.insights_p99_ms} ms (${insightsPage.calls} requests; ` +
          `read models rebuilt in ${figures.insights_rebuild_s} s) | shop event page p99: ${figures.shop_p99_ms} ms ` +
          `| ${figures.insights_vs_shop_p99} |`,
      );
      console.log(
        `\nload average ${figures.load_average.join(" ")} on ${figures.cpus} cores; non-2xx/errors during load: ${figures.errors}`,
      );
    }
    const { disconnectDb } = await import("@/server/platform/db");
    await disconnectDb();
  } finally {
    try {
      process.kill(-app.pid!, "SIGTERM");
    } catch {
      /* already gone */
    }
    // Its web process and worker finish (and write their CPU profiles) before the database goes.
    await new Promise((r) => {
      if (app.exitCode !== null) return r(null);
      app.once("exit", r);
      setTimeout(r, 15_000);
    });
    await database_.server?.stop();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
