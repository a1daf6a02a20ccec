// `npm run check:pools`: every pool's held and sold counters against its holds (docs/adr/0006).
// Prints the pools that disagree, or "all N pools consistent"; exits 1 on any disagreement.
import { loadDevelopmentSecrets } from "./lib/secrets";
import { openDatabase } from "./lib/database";
import { migrate } from "./lib/migrate";

async function main(): Promise<number> {
  loadDevelopmentSecrets(() => {});
  const database = await openDatabase();
  process.env.DATABASE_URL = database.url;
  await migrate(database.url, () => {}); // as npm start does: the counters exist on any database
  const { checkPools } = await import("@/server/inventory");
  const { disconnectDb } = await import("@/server/platform/db");
  try {
    const { pools, breaks } = await checkPools();
    if (breaks.length === 0) {
      console.log(`all ${pools} pools consistent`);
      return 0;
    }
    for (const b of breaks)
      console.log(
        `${b.id} (${b.name}, brand ${b.brandId}): held ${b.held}, active holds ${b.heldByHolds}; sold ${b.sold}, confirmed holds less returns ${b.soldByHolds}`,
      );
    console.log(`${breaks.length} of ${pools} pools inconsistent`);
    return 1;
  } finally {
    await disconnectDb();
    await database.stop();
  }
}
main().then(
  (code) => process.exit(code),
  (e) => {
    console.error(e);
    process.exit(1);
  },
);
