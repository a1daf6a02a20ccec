// `npm test`: everything, in order, stopping at the first failure — architecture borders,
// types, lint, unit tests, integration tests (real PostgreSQL) and the e2e journeys (Chromium,
// production build). DATABASE_URL's server is used when set; otherwise embedded PostgreSQL.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
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
  const r = spawnSync("npx", ["prisma", "generate"], { stdio: "inherit", env: { ...env, DATABASE_URL: env.DATABASE_URL ?? "postgresql://localhost/placeholder" } });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
const times: string[] = [];
for (const [name, [cmd, ...args]] of steps) {
  if (only.length && !only.includes(name)) continue;
  console.log(`\n━━ ${name} ━━ ${[cmd, ...args].join(" ")}`);
  const t = Date.now();
  const r = spawnSync(cmd!, args, { stdio: "inherit", env });
  times.push(`${name} ${((Date.now() - t) / 1000).toFixed(1)} s`);
  if (r.status !== 0) {
    console.error(`\n✗ ${name} failed (${times.join(", ")})`);
    process.exit(r.status ?? 1);
  }
}
console.log(`\n✓ all passed: ${times.join(", ")}`);
