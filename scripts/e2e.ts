// The e2e run: a fresh database, a production build of this code, then Playwright, whose
// webServer starts the app exactly as `npm start` does (migrations, seed, web + worker).
import { spawnSync } from "node:child_process";
import { ensureDatabaseExists, startEmbeddedPostgres, type DatabaseHandle } from "./lib/database";
import pg from "pg";

async function freshDatabase(): Promise<{ url: string; server?: DatabaseHandle }> {
  let server: DatabaseHandle | undefined;
  let base = process.env.DATABASE_URL;
  if (!base) {
    server = await startEmbeddedPostgres("pg-e2e", Number(process.env.EMBEDDED_PG_E2E_PORT ?? 54349), () => {});
    base = server.url;
  }
  const admin = new URL(base);
  admin.pathname = "/postgres";
  const c = new pg.Client({ connectionString: admin.toString() });
  await c.connect();
  await c.query(`DROP DATABASE IF EXISTS "marquee_e2e" WITH (FORCE)`);
  await c.end();
  const url = new URL(base);
  url.pathname = "/marquee_e2e";
  await ensureDatabaseExists(url.toString());
  return { url: url.toString(), server };
}

async function main() {
  const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
  const build = spawnSync("npx", ["next", "build"], { stdio: "inherit", env });
  if (build.status !== 0) process.exit(build.status ?? 1);
  const db = await freshDatabase();
  const r = spawnSync("npx", ["playwright", "test", ...process.argv.slice(2)], { stdio: "inherit", env: { ...env, DATABASE_URL: db.url } });
  await db.server?.stop();
  process.exit(r.status ?? 1);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
