// `npm run bench [-- --json]`: throughput measured side by side in ONE run on this machine —
// never a pass/fail test. Starts the app like `npm start` on a fresh database, then measures:
//   shop_rps / prerendered_rps   the dynamic shop event page vs a prerendered page of about its size
//   quote_rps                    the live availability + price endpoint (shop.offer)
//   race_*                       N buyers at once for one pool of K units, over HTTP (hold + order)
//   counter_ceiling_tps          the same PostgreSQL's ceiling for a one-row conditional counter update
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import pg from "pg";
import { loadDevelopmentSecrets } from "./lib/secrets";
import { freshDatabase } from "./lib/database";
import { ensurePrismaClient } from "./lib/prerequisites";

const json = process.argv.includes("--json");
const log = (m: string) => (json ? process.stderr.write(m + "\n") : console.log(m));
const PORT = Number(process.env.BENCH_PORT ?? 3400);
const BASE = `http://127.0.0.1:${PORT}`;
const BUYERS = Number(process.env.BENCH_BUYERS ?? 200);
const CAPACITY = Number(process.env.BENCH_CAPACITY ?? 100);
const DURATION = Number(process.env.BENCH_SECONDS ?? 8);
const CONNECTIONS = 20;

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
): Promise<{ rps: number; p50: number; p99: number; bytes: number; errors: number }> {
  const opts = { url, connections: CONNECTIONS, pipelining: 1 };
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

async function main() {
  ensurePrismaClient(); // a fresh clone installed with --ignore-scripts has none yet
  loadDevelopmentSecrets(log);
  const name = process.env.BENCH_DATABASE_NAME ?? "marquee_bench";
  const database_ = await freshDatabase(
    name,
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
  const app: ChildProcess = spawn(process.execPath, [require.resolve("tsx/cli"), "scripts/start.ts"], {
    env: { ...process.env, PORT: String(PORT) },
    stdio: "ignore",
    detached: true,
  });
  try {
    await waitHealthy();
    // The race's event: one ticket drawing from one pool of CAPACITY units.
    const { createVerifiedAccount } = await import("@/server/platform/accounts");
    const distribution = await import("@/server/distribution");
    const offering = await import("@/server/offering");
    const { createProduct } = await import("@/server/workflows");
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
    const { productId } = await createProduct(actor, brand, event.id, {
      kind: "ticket",
      name: "GA",
      taxRate: 0,
      capacity: CAPACITY,
      phases: [{ price: "10" }],
    });
    await offering.publishEvent(actor, brand.id, event.id, new Date());
    const demo = await offering.shopEvents((await distribution.shopBrand("demo")).id, new Date());

    log(`[bench] load: ${DURATION} s per endpoint after a 2 s warm-up, ${CONNECTIONS} connections`);
    const shop = await load(`${BASE}/s/demo/${demo[0]!.slug}`);
    const prerendered = await load(`${BASE}/prerendered`);
    const quote = await load(
      `${BASE}/api/trpc/shop.offer?input=${encodeURIComponent(JSON.stringify({ json: { brandSlug: "demo", eventId: demo[0]!.id } }))}`,
    );

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
    const ceiling = await counterCeiling(database_.url);

    const figures = {
      shop_rps: Math.round(shop.rps),
      prerendered_rps: Math.round(prerendered.rps),
      shop_vs_prerendered: +(shop.rps / prerendered.rps).toFixed(3),
      shop_bytes: shop.bytes,
      prerendered_bytes: prerendered.bytes,
      shop_p99_ms: shop.p99,
      quote_rps: Math.round(quote.rps),
      quote_p99_ms: quote.p99,
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
      errors: shop.errors + prerendered.errors + quote.errors,
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
        `| availability + price (shop.offer) | ${figures.quote_rps} req/s (p99 ${figures.quote_p99_ms} ms) | | |`,
      );
      console.log(
        `| race: ${BUYERS} buyers, ${CAPACITY} units | ${figures.race_attempts_per_s} attempts/s, ${figures.race_holds_per_s} holds/s, p50 ${figures.race_p50_ms} ms, p95 ${figures.race_p95_ms} ms | PostgreSQL one-row counter: ${figures.counter_ceiling_tps} tps | ${figures.race_attempts_vs_ceiling} |`,
      );
      console.log(
        `| race outcome | ${held} held, ${soldOut} told SoldOut, ${sold} sold of ${CAPACITY} | | |`,
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
    await new Promise((r) => setTimeout(r, 2000));
    await database_.server?.stop();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
