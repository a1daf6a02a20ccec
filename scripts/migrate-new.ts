// `npm run db:migrate:new <name>`: create a migration from the change to prisma/schema.prisma,
// offline (Prisma's WASM schema engine over a shadow database; docs/adr/0002).
import { spawnSync } from "node:child_process";
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
  const r = spawnSync("npx", ["prisma", "migrate", "dev", "--create-only", "--name", name], { stdio: "inherit", env });
  spawnSync("npx", ["prisma", "generate"], { stdio: "inherit", env });
  await database.stop();
  process.exit(r.status ?? 1);
}
main().catch((e) => {
  console.error(e);
  process.exit(1);
});
