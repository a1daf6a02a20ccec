// `npm run db:migrate`: apply committed migrations (what npm start does first).
import { openDatabase } from "./lib/database";
import { migrate } from "./lib/migrate";

async function main() {
  const database = await openDatabase();
  const applied = await migrate(database.url, console.log);
  console.log(applied.length ? `applied ${applied.length} migration(s)` : "database is up to date");
  await database.stop();
}
main().catch((e) => {
  console.error(e);
  process.exit(1);
});
