// The e2e run: a production build of this code, two of its web processes and two workers racing
// on one database (vitest project `processes`), the server-action fuzz against it (its own
// database and port), then a fresh database and Playwright, whose
// webServer starts the app exactly as `npm start` does (migrations, seed, web + worker).
import { spawnSync } from "node:child_process";
import { freshDatabase } from "./lib/database";
import { ensurePrismaClient, requireChromium } from "./lib/prerequisites";

async function main() {
  requireChromium();
  ensurePrismaClient();
  const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
  // npm test builds beside the integration tests and says so (E2E_SKIP_BUILD=1).
  if (process.env.E2E_SKIP_BUILD !== "1") {
    const build = spawnSync("npx", ["next", "build"], { stdio: "inherit", env });
    if (build.status !== 0) process.exit(build.status ?? 1);
  }
  // Two web processes and two job workers of this build on one database (issue 13, item 4): a
  // vitest project of its own (it needs the build). Skipped when only chosen specs are asked for.
  if (process.env.E2E_SKIP_PROCESSES !== "1" && process.argv.length <= 2) {
    const processes = spawnSync("npx", ["vitest", "run", "--project", "processes"], {
      stdio: "inherit",
      env,
    });
    if (processes.status !== 0) process.exit(processes.status ?? 1);
  }
  // Every server action of this build, fuzzed over HTTP (issue 11): no 5xx, nothing changed.
  if (process.env.E2E_SKIP_FUZZ !== "1") {
    const fuzz = spawnSync("npx", ["tsx", "scripts/fuzz-actions.ts"], { stdio: "inherit", env });
    if (fuzz.status !== 0) process.exit(fuzz.status ?? 1);
  }
  const db = await freshDatabase(
    process.env.E2E_DATABASE_NAME ?? "marquee_e2e",
    "pg-e2e",
    Number(process.env.EMBEDDED_PG_E2E_PORT ?? 54349),
  );
  const r = spawnSync("npx", ["playwright", "test", ...process.argv.slice(2)], {
    stdio: "inherit",
    env: { ...env, DATABASE_URL: db.url },
  });
  await db.server?.stop();
  process.exit(r.status ?? 1);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
