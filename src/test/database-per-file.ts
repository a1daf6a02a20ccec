// Runs before each integration test file: a fresh database cloned from the migrated template.
import { inject, afterAll } from "vitest";
import { randomBytes } from "node:crypto";
import pg from "pg";
import { tmpdir } from "node:os";

const adminUrl = inject("adminUrl");
const name = `${inject("databasePrefix")}${randomBytes(6).toString("hex")}`;
const admin = new pg.Client({ connectionString: adminUrl });
await admin.connect();
await admin.query(`CREATE DATABASE "${name}" TEMPLATE "${inject("templateName")}"`);
await admin.end();

const url = new URL(adminUrl);
url.pathname = `/${name}`;
process.env.DATABASE_URL = url.toString();
process.env.MARQUEE_ENV = "test";
process.env.AUTH_SECRET = "test-auth-secret-0123456789abcdef0123456789";
process.env.TICKET_SIGNING_KEY = "test-ticket-key-0123456789abcdef0123456789";
process.env.PAYMENT_PROVIDER = "local";
process.env.MAIL_TRANSPORT = "outbox";
process.env.STORAGE = "local";
process.env.STORAGE_DIR = `${tmpdir()}/marquee-test-files/${name}`;

afterAll(async () => {
  const { disconnectDb } = await import("@/server/platform/db");
  await disconnectDb();
  const c = new pg.Client({ connectionString: adminUrl });
  await c.connect();
  await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await c.end();
  await import("node:fs/promises").then((fs) =>
    fs.rm(process.env.STORAGE_DIR!, { recursive: true, force: true }),
  );
});
