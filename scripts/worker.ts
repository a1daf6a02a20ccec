// `npm run worker`: the job worker alone, for production deployments that run web and worker
// as separate processes. Needs DATABASE_URL (and the secrets) like the web server.
import { loadDevelopmentSecrets } from "./lib/secrets";
import { openDatabase } from "./lib/database";
import { runWorker } from "./lib/worker";

async function main() {
  process.env.MARQUEE_PROCESS ??= "worker";
  loadDevelopmentSecrets();
  const { parseConfig } = await import("@/server/platform/config");
  if (process.env.MARQUEE_ENV === "production") parseConfig(process.env); // never an embedded database in production
  const database = await openDatabase();
  process.env.DATABASE_URL = database.url;
  parseConfig(process.env);
  const worker = await runWorker(database.url, false);
  console.log("[worker] running");
  const stop = async () => {
    await worker.stop();
    await database.stop();
    process.exit(0);
  };
  process.on("SIGINT", () => void stop());
  process.on("SIGTERM", () => void stop());
  await worker.promise;
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
