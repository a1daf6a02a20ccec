// Integration tests run against a real PostgreSQL: DATABASE_URL's server when set, otherwise an
// embedded one under .data/pg-test. A template database is migrated once per run; each test
// file then clones it (CREATE DATABASE … TEMPLATE), so files are isolated and run in parallel.
import type { TestProject } from "vitest/node";
import pg from "pg";
import { migrate } from "../../scripts/lib/migrate";
import { startEmbeddedPostgres, type DatabaseHandle } from "../../scripts/lib/database";

declare module "vitest" {
  export interface ProvidedContext {
    adminUrl: string;
    templateName: string;
    databasePrefix: string;
  }
}

// TEST_DB_NAMESPACE lets two runs share one server (two worktrees, a run beside CI) without
// dropping each other's databases.
const NS = /^[a-z0-9]{1,12}$/.test(process.env.TEST_DB_NAMESPACE ?? "")
  ? process.env.TEST_DB_NAMESPACE!
  : "t";
const TEMPLATE = NS === "t" ? "marquee_test_template" : `marquee_${NS}_template`;
const PREFIX = `marquee_${NS}_`;
let embedded: DatabaseHandle | undefined;

function withDb(url: string, name: string) {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

async function dropTestDatabases(adminUrl: string, includeTemplate: boolean) {
  const c = new pg.Client({ connectionString: adminUrl });
  await c.connect();
  try {
    const rows = await c.query<{ datname: string }>(
      `SELECT datname FROM pg_database WHERE datname LIKE $1 ${includeTemplate ? `OR datname = '${TEMPLATE}'` : ""}`,
      [`${PREFIX.replace(/_/g, "\\_")}%`],
    );
    for (const r of rows.rows) await c.query(`DROP DATABASE IF EXISTS "${r.datname}" WITH (FORCE)`);
  } finally {
    await c.end();
  }
}

export default async function setup(project: TestProject) {
  let base = process.env.DATABASE_URL;
  if (!base) {
    embedded = await startEmbeddedPostgres(
      "pg-test",
      Number(process.env.EMBEDDED_PG_TEST_PORT ?? 54339),
      () => {},
    );
    base = embedded.url;
  }
  const adminUrl = withDb(base, "postgres");
  await dropTestDatabases(adminUrl, true);
  const c = new pg.Client({ connectionString: adminUrl });
  await c.connect();
  await c.query(`CREATE DATABASE "${TEMPLATE}"`);
  await c.end();
  await migrate(withDb(base, TEMPLATE));
  project.provide("adminUrl", adminUrl);
  project.provide("templateName", TEMPLATE);
  project.provide("databasePrefix", PREFIX);
  return async () => {
    await dropTestDatabases(adminUrl, true);
    await embedded?.stop();
  };
}
