// The e2e run: a production build of this code, two of its web processes and two workers racing
// on one database (vitest project `processes`), the server-action fuzz against it (its own
// database and port), then a fresh database and Playwright, whose
// webServer starts the app exactly as `npm start` does (migrations, seed, web + worker).
import { spawn, spawnSync } from "node:child_process";
import { freshDatabase } from "./lib/database";
import { ensurePrismaClient, requireChromium } from "./lib/prerequisites";
import { forgetRenderedPages } from "./lib/rendered-pages";

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
  // vitest project of its own (it needs the build), run beside the fuzz — each has its own
  // database and ports, and the fuzz mostly waits on one web process — its output shown whole
  // once it ends. Skipped when only chosen specs are asked for.
  const processes =
    process.env.E2E_SKIP_PROCESSES !== "1" && process.argv.length <= 2
      ? collected("npx", ["vitest", "run", "--project", "processes"], env)
      : null;
  // Every server action of this build, fuzzed over HTTP (issue 11): no 5xx, nothing changed.
  const fuzz =
    process.env.E2E_SKIP_FUZZ !== "1"
      ? spawnSync("npx", ["tsx", "scripts/fuzz-actions.ts"], { stdio: "inherit", env }).status
      : 0;
  if (processes) {
    const { status, output } = await processes;
    process.stdout.write(output);
    if (status !== 0) process.exit(status ?? 1);
  }
  if (fuzz !== 0) process.exit(fuzz ?? 1);
  forgetRenderedPages();
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

/** A command run in the background, its output kept to be shown in one piece. */
function collected(command: string, args: string[], env: NodeJS.ProcessEnv) {
  return new Promise<{ status: number | null; output: string }>((resolve) => {
    const child = spawn(command, args, { env, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (d: Buffer) => (output += d.toString()));
    child.stderr.on("data", (d: Buffer) => (output += d.toString()));
    child.on("close", (status) => resolve({ status, output }));
  });
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
