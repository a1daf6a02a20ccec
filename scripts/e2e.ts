// The e2e run: a fresh database, a production build of this code, then Playwright, whose
// webServer starts the app exactly as `npm start` does (migrations, seed, web + worker).
import { spawnSync } from "node:child_process";
import { freshDatabase } from "./lib/database";

async function main() {
  const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
  const build = spawnSync("npx", ["next", "build"], { stdio: "inherit", env });
  if (build.status !== 0) process.exit(build.status ?? 1);
  const db = await freshDatabase(process.env.E2E_DATABASE_NAME ?? "marquee_e2e", "pg-e2e", Number(process.env.EMBEDDED_PG_E2E_PORT ?? 54349));
  const r = spawnSync("npx", ["playwright", "test", ...process.argv.slice(2)], { stdio: "inherit", env: { ...env, DATABASE_URL: db.url } });
  await db.server?.stop();
  process.exit(r.status ?? 1);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
