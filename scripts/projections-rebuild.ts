// `npm run projections:rebuild`: empty every read model and replay the event log into it.
import { loadDevelopmentSecrets } from "./lib/secrets";
import { openDatabase } from "./lib/database";

async function main() {
  loadDevelopmentSecrets();
  const database = await openDatabase();
  process.env.DATABASE_URL = database.url;
  const { rebuildProjections } = await import("@/server/eventlog");
  const { projections } = await import("@/server/workflows/subscriptions");
  const { disconnectDb } = await import("@/server/platform/db");
  for (const r of await rebuildProjections(projections))
    console.log(`rebuilt ${r.name}: ${r.events} events applied`);
  await disconnectDb();
  await database.stop();
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
