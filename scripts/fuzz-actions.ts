// `npm run fuzz:actions` (also a step of the e2e run): every server action of the production
// build, called over HTTP the way a browser calls it — signed out, and signed in as the owner of
// another brand — with thousands of hostile payloads: prototype keys, huge row indexes, huge
// strings, wrong types, NUL bytes, dates that do not exist, objects where ids belong. It passes
// when no answer is a 5xx, no table changed, the server's memory came back within 20 % of where
// it started and its log stayed under 5 MB (issue 11). Needs `next build` first.
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { randomBytes } from "node:crypto";
import pg from "pg";
import fc from "fast-check";
import { freshDatabase } from "./lib/database";
import { migrate } from "./lib/migrate";
import { studioSession } from "./lib/studio-session";

const PAYLOADS = Number(process.env.FUZZ_PAYLOADS ?? 3_000);
/** The first calls, after which the memory is first read: every path compiled, caches and pools filled. */
const WARM_UP = 1_000;
const PORT = Number(process.env.FUZZ_PORT ?? 3190);
const BASE = `http://localhost:${PORT}`;
const CONCURRENCY = 6;
const MAX_LOG_BYTES = 5 * 1024 * 1024;
/** What a member of another brand is told (distribution's requireMembership). */
const NOT_MEMBER = "you are not a member of it";

type Action = { id: string; name: string; file: string };

function actionsOfBuild(): Action[] {
  const file = path.join(".next", "server", "server-reference-manifest.json");
  const manifest = JSON.parse(readFileSync(file, "utf8")) as {
    node: Record<string, { exportedName?: string; filename?: string }>;
  };
  return Object.entries(manifest.node).map(([id, a]) => ({
    id,
    name: a.exportedName ?? "?",
    file: a.filename ?? "?",
  }));
}

/** What the browser's React encodes for a server action call: its arguments, FormData included. */
async function encodeCall(args: unknown[]): Promise<string | FormData> {
  // The production build: the development one warns on stderr about every odd payload.
  const encoder: string =
    "next/dist/compiled/react-server-dom-webpack/cjs/react-server-dom-webpack-client.node.production.js";
  const client = (await import(encoder)) as {
    encodeReply(v: unknown): Promise<string | FormData>;
  };
  return client.encodeReply(args);
}

/**
 * Every table's content as one hash each; "nothing changed" compares them. The attacker's own
 * brand is left out: its owner may change its settings (a blank refund-policy form is valid).
 */
async function fingerprint(url: string, ownBrandId: string): Promise<Record<string, string>> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    const tables = await c.query<{ t: string }>(
      `SELECT table_name::text AS t FROM information_schema.tables WHERE table_schema = 'public'
       AND table_type = 'BASE TABLE' AND table_name NOT IN ('rate_limit', '_prisma_migrations', 'sign_in_attempt') ORDER BY 1`,
    );
    const branded = await c.query<{ t: string }>(
      `SELECT table_name::text AS t FROM information_schema.columns
       WHERE table_schema = 'public' AND column_name = 'brand_id'`,
    );
    const hasBrand = new Set(branded.rows.map((r) => r.t));
    const out: Record<string, string> = {};
    for (const { t } of tables.rows) {
      const others =
        t === "brand" ? "WHERE x.id <> $1" : hasBrand.has(t) ? "WHERE x.brand_id IS DISTINCT FROM $1" : "";
      const r = await c.query<{ h: string }>(
        `SELECT md5(coalesce(string_agg(x::text, ',' ORDER BY x::text), '')) AS h FROM "${t}" x ${others}`,
        others ? [ownBrandId] : [],
      );
      out[t] = r.rows[0]!.h;
    }
    return out;
  } finally {
    await c.end();
  }
}

/** Resident memory of the server process and its children, in MB. */
function rssOf(pid: number): number {
  const kb = (p: number) =>
    Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${p}/status`, "utf8"))?.[1] ?? 0);
  let total = kb(pid);
  try {
    for (const child of readFileSync(`/proc/${pid}/task/${pid}/children`, "utf8")
      .trim()
      .split(/\s+/)
      .filter(Boolean))
      total += kb(Number(child));
  } catch {
    /* no children */
  }
  return Math.round(total / 1024);
}

/** Brand A (the demo seed) with an order to aim at, and brand B whose owner attacks it. */
async function seedWorld(url: string) {
  process.env.DATABASE_URL = url;
  const { seedIfEmpty } = await import("./lib/seed");
  await seedIfEmpty(() => {});
  const { seedSecondBrand } = await import("./lib/fuzz-world");
  return seedSecondBrand();
}

const signIn = (email: string, password: string) => studioSession(BASE, email, password);

// ---------- the payloads ----------
const PROTO_KEYS = [
  "__proto__.polluted",
  "constructor.prototype.polluted",
  "__proto__[polluted]",
  "prototype.x",
  "toString",
];
const ROW_FIELDS = ["phases", "variants", "draws", "components", "lines", "pricing.phases"];
const huge = (n: number) => "x".repeat(n);

function hostileValue(world: World): fc.Arbitrary<unknown> {
  return fc.oneof(
    fc.constantFrom(...world.idsOfA, world.slugA, world.slugB),
    fc.string({ maxLength: 40 }),
    fc.constantFrom(
      huge(100_000),
      "a\u0000b",
      "2026-13-45T25:61",
      "-1",
      "1e309",
      "NaN",
      "../../etc/passwd",
      "<script>",
    ),
    fc.constantFrom(
      { in: world.idsOfA },
      { not: "x" },
      JSON.parse('{"__proto__": {"polluted": 1}, "constructor": {"prototype": {"polluted": 1}}}'),
      [world.slugA],
      null,
      42,
      true,
    ),
    fc.jsonValue({ maxDepth: 3 }),
  );
}

function hostileForm(world: World): fc.Arbitrary<[string, string][]> {
  const key = fc.oneof(
    fc.constantFrom(...PROTO_KEYS),
    fc
      .tuple(
        fc.constantFrom(...ROW_FIELDS),
        fc.constantFrom(0, 1, 49, 50, 999_999_999, 4_294_967_294),
        fc.constantFrom("price", "name", "key", "quantity", "stock", "productId"),
      )
      .map(([f, i, k]) => `${f}.${i}.${k}`),
    fc.constantFrom(
      "name",
      "email",
      "role",
      "kind",
      "capacity",
      "itemIds",
      "code",
      "startsAt",
      "customDomain",
      "embedOrigins",
      "primaryColor",
      "method",
    ),
    fc.string({ maxLength: 30 }),
  );
  const value = fc.oneof(
    fc.string({ maxLength: 60 }),
    fc.constantFrom(
      ...world.idsOfA,
      huge(200_000),
      "a\u0000b",
      "2026-13-45T10:00",
      "9999-99-99",
      "-5",
      "owner",
      "merch",
    ),
  );
  return fc.array(fc.tuple(key, value), { maxLength: 40 });
}

/**
 * Calls that get past the schemas: brand A's slug and ids in the right places, every field a
 * Studio form has filled in plausibly, plus hostile extras — so they reach the session and role
 * checks, where another brand's owner must be refused.
 */
function nearMiss(world: World) {
  const plausible: [string, string][] = [
    ["name", "Sneaky"],
    ["venue", "Hall"],
    ["timeZone", "Europe/Berlin"],
    ["startsAt", "2031-01-01T20:00"],
    ["endsAt", "2031-01-01T23:00"],
    ["email", "sneaky@example.com"],
    ["role", "owner"],
    ["code", "SNEAKY"],
    ["kind", "ticket"],
    ["capacity", "5"],
    ["carrier", "DHL"],
    ["trackingNumber", "12345"],
    ["key", world.idsOfA[2]!],
    ["primaryColor", "#000000"],
    ["accentColor", "#000000"],
    ["background", "dark"],
    ["font", "inter"],
    ["buttonShape", "pill"],
    ["sku", "SKU-1"],
    ["phases.0.price", "1"],
    ["itemIds", world.idsOfA[3]!],
  ];
  return fc.record({
    args: fc
      .array(fc.constantFrom(...world.idsOfA), { minLength: 0, maxLength: 3 })
      .map((ids) => [world.slugA, ...ids]),
    form: hostileForm(world).map((extra) => [...plausible, ...extra]),
  });
}

type World = Awaited<ReturnType<typeof seedWorld>>;

async function main() {
  const actions = actionsOfBuild();
  // The seed below runs in this process with the server's secrets.
  process.env.AUTH_SECRET ??= randomBytes(32).toString("base64url");
  process.env.TICKET_SIGNING_KEY ??= randomBytes(32).toString("base64url");
  const database = await freshDatabase(process.env.FUZZ_DATABASE_NAME ?? "marquee_fuzz", "pg-fuzz", 54369);
  await migrate(database.url, () => {});
  const world = await seedWorld(database.url);
  let logBytes = 0;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: database.url,
    PORT: String(PORT),
    MARQUEE_ENV: "production",
    NODE_ENV: "production",
    PUBLIC_URL: BASE,
    PAYMENT_PROVIDER: process.env.FUZZ_PAYMENT_PROVIDER ?? "stripe",
    STRIPE_SECRET_KEY: "sk_test_fuzz",
    STRIPE_WEBHOOK_SECRET: "whsec_fuzz",
    MAIL_TRANSPORT: "outbox",
    STORAGE: "local",
    STORAGE_DIR: path.join(".data", "fuzz-uploads"),
    RATE_LIMIT_HOLDS_PER_MINUTE: "1000000",
    RATE_LIMIT_ORDERS_PER_MINUTE: "1000000",
    // One web process: its memory after the warm-up is a plateau to compare with. Two, each
    // given half the warm-up's calls, were still filling their caches (749 → 931 MB), and a
    // leak shows as well in one (the cluster itself is npm start's, run by the e2e journeys).
    WEB_PROCESSES: "1",
  };
  // The server as npm start runs it: Next behind its front (scripts/lib/web-server.mjs).
  const front = path.join("scripts", "lib", "web-server.mjs");
  const server = spawn(process.execPath, [front], { env, stdio: ["ignore", "pipe", "pipe"] });
  let tail = "";
  const count = (b: Buffer) => {
    logBytes += b.length;
    tail = (tail + b.toString()).slice(-4000);
  };
  server.stdout.on("data", count);
  server.stderr.on("data", count);
  const stop = () => server.kill("SIGTERM");
  process.on("exit", stop); // also when this script is interrupted
  try {
    for (let i = 0; i < 120; i++) {
      if (
        await fetch(`${BASE}/api/health`).then(
          (r) => r.ok,
          () => false,
        )
      )
        break;
      await new Promise((r) => setTimeout(r, 500));
    }
    const attacker = await signIn(world.emailB, world.passwordB);
    const before = await fingerprint(database.url, world.brandIdB);
    const statuses = new Map<number, number>();
    const failures: string[] = [];
    const hostile = fc.record({
      args: fc.array(hostileValue(world), { maxLength: 5 }),
      form: hostileForm(world),
    });
    const call = fc.record({
      action: fc.constantFrom(...actions),
      signedIn: fc.boolean(),
      payload: fc.oneof(hostile, nearMiss(world)),
    });
    const calls = fc.sample(call, { numRuns: PAYLOADS, seed: Number(process.env.FUZZ_SEED ?? 11) });
    let startRss = 0;
    let refusedAsOutsider = 0;
    let next = 0;
    const worker = async () => {
      while (next < calls.length) {
        const n = next++;
        // The warm-up's plateau: its highest reading over the last half of it. One reading lands
        // wherever the collector happens to be (381 MB in one run, 444 in the next, same code),
        // and a leak still shows as growth past the highest.
        if (n >= WARM_UP / 2 && n <= WARM_UP && n % 50 === 0)
          startRss = Math.max(startRss, rssOf(server.pid!));
        const c = calls[n]!;
        const fd = new FormData();
        for (const [k, v] of c.payload.form) fd.append(k, v);
        const args = c.payload.args;
        // What React would refuse to encode, a client can still send: then the raw JSON.
        const body = await encodeCall([...args, undefined, fd]).catch(() =>
          JSON.stringify([...args, null, null]),
        );
        const headers: Record<string, string> = { "next-action": c.action.id, accept: "text/x-component" };
        // Signing out is the one change the attacker may make (to their own account): it is fuzzed
        // signed out, so the attacker's session stays valid for the rest of the run.
        if (c.signedIn && c.action.name !== "signOutAction") headers.cookie = attacker;
        const r = await fetch(`${BASE}/studio`, { method: "POST", headers, body, redirect: "manual" }).catch(
          (e: Error) => ({ status: 599, text: async () => e.message }),
        );
        statuses.set(r.status, (statuses.get(r.status) ?? 0) + 1);
        const text = await r.text();
        if (headers.cookie && text.includes(NOT_MEMBER)) refusedAsOutsider++;
        if (r.status >= 500 && failures.length < 10)
          failures.push(`${c.action.name} → ${r.status} ${text.slice(0, 200)}`);
      }
    };
    const t0 = Date.now();
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    const seconds = (Date.now() - t0) / 1000;
    // Oversized bodies too: a 6 MB upload is refused, not a 500.
    for (let i = 0; i < 3; i++) {
      const fd = new FormData();
      fd.append("logo", new Blob([new Uint8Array(6 * 1024 * 1024)]), "big.png");
      const upload = actions.find((a) => a.name === "uploadBrandImageAction")!;
      const r = await fetch(`${BASE}/studio`, {
        method: "POST",
        headers: { "next-action": upload.id, cookie: attacker },
        body: await encodeCall([world.slugB, "logo", undefined, fd]),
      });
      statuses.set(r.status, (statuses.get(r.status) ?? 0) + 1);
      if (r.status >= 500) failures.push(`6 MB upload → ${r.status}`);
    }
    await new Promise((r) => setTimeout(r, 3_000));
    const endRss = rssOf(server.pid!);
    const health = await fetch(`${BASE}/api/health`).then((r) => r.status);
    const after = await fingerprint(database.url, world.brandIdB);
    const changed = Object.keys(before).filter((t) => before[t] !== after[t]);
    const summary = [...statuses.entries()]
      .sort()
      .map(([s, n]) => `${s}×${n}`)
      .join(" ");
    console.log(
      `[fuzz] ${calls.length + 3} calls (the first ${WARM_UP} warm up) to ${actions.length} actions in ${seconds.toFixed(0)} s: ${summary}`,
    );
    console.log(
      `[fuzz] ${refusedAsOutsider} answered as to a signed-in member of another brand ("${NOT_MEMBER}")`,
    );
    console.log(
      `[fuzz] memory ${startRss} MB after warm-up → ${endRss} MB at the end; log ${(logBytes / 1024).toFixed(0)} kB; health ${health}`,
    );
    const problems = [
      ...failures,
      ...(changed.length ? [`tables changed: ${changed.join(", ")}`] : []),
      ...(endRss > startRss * 1.2 ? [`memory grew by more than 20 % (${startRss} → ${endRss} MB)`] : []),
      ...(logBytes > MAX_LOG_BYTES ? [`the log grew to ${(logBytes / 1024 / 1024).toFixed(1)} MB`] : []),
      ...(health !== 200 ? [`/api/health answers ${health} after the fuzz`] : []),
      ...(refusedAsOutsider < 100
        ? [`the attacker's session reached too few actions (${refusedAsOutsider})`]
        : []),
      ...(Object.prototype.hasOwnProperty.call(Object.prototype, "polluted")
        ? ["Object.prototype polluted (in this process)"]
        : []),
    ];
    if (problems.length) {
      console.error(`[fuzz] FAILED:\n  ${problems.join("\n  ")}`);
      process.exitCode = 1;
    } else console.log("[fuzz] passed: no 5xx, nothing changed, memory and log bounded");
  } catch (e) {
    console.error(`[fuzz] the server's last words:\n${tail}`);
    throw e;
  } finally {
    stop();
    await database.server?.stop();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
