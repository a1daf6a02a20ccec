// `npm test`: everything, in order, stopping at the first failure — architecture borders,
// types, lint, unit tests, integration tests (real PostgreSQL) and the e2e journeys (Chromium,
// production build). DATABASE_URL's server is used when set; otherwise embedded PostgreSQL.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, openSync, readFileSync } from "node:fs";
import path from "node:path";

const steps: [string, string[]][] = [
  ["lint:arch", ["npx", "depcruise", "src", "--config", ".dependency-cruiser.cjs"]],
  ["typecheck", ["npx", "tsc", "--noEmit"]],
  ["lint", ["npx", "eslint", "."]],
  ["unit", ["npx", "vitest", "run", "--project", "unit"]],
  ["integration", ["npx", "vitest", "run", "--project", "int"]],
  ["e2e", ["npx", "tsx", "scripts/e2e.ts"]],
];

const only = process.argv.slice(2);
const env: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", CHECKPOINT_DISABLE: "1" };
if (!existsSync(path.join("src", "generated", "prisma"))) {
  // A fresh clone: the Prisma client is generated, never committed.
  const r = spawnSync("npx", ["prisma", "generate"], {
    stdio: "inherit",
    env: { ...env, DATABASE_URL: env.DATABASE_URL ?? "postgresql://localhost/placeholder" },
  });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
const wanted = (name: string) => !only.length || only.includes(name);

/**
 * The e2e step's production build, started beside the integration tests (they mostly wait on
 * PostgreSQL, so the two share the cores well); the e2e step then uses it. Its output is kept
 * in .next-build.log and shown only if it fails.
 */
function buildBeside(): { done: Promise<number>; stop(): void } {
  const out = openSync(".next-build.log", "w");
  const build = spawn("npx", ["next", "build"], { stdio: ["ignore", out, out], env, detached: true });
  return {
    done: new Promise((resolve) => build.on("exit", (code) => resolve(code ?? 1))),
    stop: () => process.kill(-build.pid!, "SIGTERM"), // the whole group: npx and next build
  };
}

async function main() {
  const times: string[] = [];
  let build: ReturnType<typeof buildBeside> | undefined;
  for (const [name, [cmd, ...args]] of steps) {
    if (!wanted(name)) continue;
    if (name === "integration" && wanted("e2e")) build = buildBeside();
    let stepEnv = env;
    if (name === "e2e" && build) {
      const code = await build.done;
      if (code !== 0) {
        console.error(readFileSync(".next-build.log", "utf8"));
        console.error("\n✗ next build failed");
        process.exit(code);
      }
      stepEnv = { ...env, E2E_SKIP_BUILD: "1" };
    }
    console.log(`\n━━ ${name} ━━ ${[cmd, ...args].join(" ")}`);
    const t = Date.now();
    const r = spawnSync(cmd!, args, { stdio: "inherit", env: stepEnv });
    times.push(`${name} ${((Date.now() - t) / 1000).toFixed(1)} s`);
    if (r.status !== 0) {
      console.error(`\n✗ ${name} failed (${times.join(", ")})`);
      build?.stop();
      process.exit(r.status ?? 1);
    }
  }
  console.log(`\n✓ all passed: ${times.join(", ")}`);
}

void main();
