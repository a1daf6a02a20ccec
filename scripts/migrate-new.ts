// `npm run db:migrate:new <name>`: create a migration from the change to prisma/schema.prisma,
// offline (Prisma's WASM schema engine over a shadow database; docs/adr/0002).
import { spawnSync } from "node:child_process";
import { mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const DIR = path.join("prisma", "migrations");
import { openDatabase } from "./lib/database";
import { migrate } from "./lib/migrate";

async function main() {
  const name = process.argv[2];
  if (!name || !/^[a-z0-9_]+$/.test(name)) {
    console.error("usage: npm run db:migrate:new <name_in_snake_case>");
    process.exit(2);
  }
  const database = await openDatabase();
  await migrate(database.url);
  const env = { ...process.env, DATABASE_URL: database.url, CHECKPOINT_DISABLE: "1" };
  const before = new Set(readdirSync(DIR));
  spawnSync("npx", ["prisma", "migrate", "dev", "--create-only", "--name", name], { stdio: "inherit", env });
  spawnSync("npx", ["prisma", "generate"], { stdio: "inherit", env });
  await database.stop();
  // The WASM engine can exit non-zero while disposing its shadow database after success
  // ("null pointer passed to rust"); what counts is whether the migration folder appeared.
  let created = readdirSync(DIR).filter((d) => !before.has(d));
  if (created.length === 0) {
    // `migrate dev` refuses changes it wants confirmed (a new unique index…) when not run in a
    // terminal. Fall back to diffing the committed schema against the edited one.
    const old = spawnSync("git", ["show", "HEAD:prisma/schema.prisma"], { encoding: "utf8" });
    const tmp = path.join(tmpdir(), `schema-${process.pid}.prisma`);
    writeFileSync(tmp, old.stdout);
    const diff = spawnSync(
      "npx",
      [
        "prisma",
        "migrate",
        "diff",
        "--from-schema-datamodel",
        tmp,
        "--to-schema-datamodel",
        path.join("prisma", "schema.prisma"),
        "--script",
      ],
      { encoding: "utf8", env },
    );
    const sql = diff.stdout
      .split("\n")
      .filter((l) => !l.startsWith("Loaded Prisma config"))
      .join("\n")
      .trim();
    if (diff.status === 0 && old.status === 0 && sql && !sql.startsWith("-- This is an empty migration")) {
      const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
      const folder = path.join(DIR, `${stamp}_${name}`);
      mkdirSync(folder);
      writeFileSync(path.join(folder, "migration.sql"), sql + "\n");
      created = [path.basename(folder)];
    }
  }
  if (created.length === 0) {
    console.error(
      "No migration created: the schema matches the migrations, or Prisma reported an error above.",
    );
    process.exit(1);
  }
  console.log(
    `created prisma/migrations/${created[0]}/migration.sql — review it, then commit it; npm start applies it.`,
  );
}
main().catch((e) => {
  console.error(e);
  process.exit(1);
});
