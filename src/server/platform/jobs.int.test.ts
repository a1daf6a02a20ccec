// The worker and the app's pools when PostgreSQL closes their connections (a restart, a failover,
// the embedded database stopping): one warning each, never an unhandled 'error' that ends the
// process (issue 12, item 17 — on Ctrl-C, `npm start` printed a pg error object and crashed).
import { describe, expect, it } from "vitest";
import pg from "pg";
import { db } from "./db";
import { startWorker } from "./jobs";
import { log } from "./log";

async function terminateOtherSessions() {
  const admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await admin.connect();
  const { rows } = await admin.query(
    `SELECT pg_terminate_backend(pid) AS ended FROM pg_stat_activity
      WHERE datname = current_database() AND pid <> pg_backend_pid()`,
  );
  await admin.end();
  return rows.length;
}

describe("when the database ends every connection", () => {
  it("the worker and the app log it and carry on: the next job and query use new connections", async () => {
    const warnings: string[] = [];
    const warn = log.warn.bind(log);
    log.warn = ((fields: unknown, message?: string) => {
      warnings.push(String(message ?? fields));
      return warn(fields as object, message);
    }) as typeof log.warn;
    let ran = 0;
    const runner = await startWorker({ ping: async () => void ran++ }, { concurrency: 2 });
    try {
      expect(await db().brand.count()).toBeGreaterThanOrEqual(0); // the app's pool holds a connection
      expect(await terminateOtherSessions()).toBeGreaterThan(0);
      await new Promise((r) => setTimeout(r, 300));

      await runner.addJob("ping", {});
      for (let i = 0; i < 100 && ran === 0; i++) await new Promise((r) => setTimeout(r, 100));
      expect(ran).toBe(1);
      expect(await db().brand.count()).toBeGreaterThanOrEqual(0);
      expect(warnings.some((w) => w.includes("a pooled connection was closed"))).toBe(true);
    } finally {
      log.warn = warn;
      await runner.stop();
    }
  }, 30_000);
});
