// `npm test`: everything, in order, stopping at the first failure — architecture borders,
// types, lint, unit tests, integration tests (real PostgreSQL) and the e2e journeys (Chromium,
// production build). DATABASE_URL's server is used when set; otherwise embedded PostgreSQL.
import { spawn, spawnSync } from "node:child_process";
import { openSync, readFileSync } from "node:fs";
import { ensurePrismaClient, requireChromium } from "./lib/prerequisites";

const steps: [string, string[]][] = [
  ["lint:arch", ["npx", "depcruise", "src", "--config", ".dependency-cruiser.cjs"]],
  ["typecheck", ["npx", "tsc", "--noEmit"]],
  ["lint", ["npx", "eslint", "."]],
  ["format", ["npx", "prettier", "--check", "."]],
  ["unit", ["npx", "vitest", "run", "--project", "unit"]],
  ["integration", ["npx", "vitest", "run", "--project", "int"]],
  ["e2e", ["npx", "tsx", "scripts/e2e.ts"]],
];

const only = process.argv.slice(2);
const env: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", CHECKPOINT_DISABLE: "1" };
ensurePrismaClient();
const wanted = (name: string) => !only.length || only.includes(name);
// Said in the first second, not after five minutes of other tests.
if (wanted("e2e")) requireChromium();

/**
 * The e2e step's production build runs beside the integration tests (they mostly wait on
 * PostgreSQL); its output goes to .next-build.log, shown if it fails. The action fuzz is not run
 * beside them too: that slowed the integration tests by 80 s for the 55 s it saved (session 4).
 */
function prepareE2eBeside(): { done: Promise<number>; stop(): void } {
  const out = openSync(".next-build.log", "w");
  const script = "npx next build";
  // tsc has checked the types already (a static check): Next's own second check is skipped.
  const buildEnv = { ...env, ...(wanted("typecheck") ? { MARQUEE_BUILD_TYPECHECK: "off" } : {}) };
  const child = spawn("sh", ["-c", script], { stdio: ["ignore", out, out], env: buildEnv, detached: true });
  return {
    done: new Promise((resolve) => child.on("exit", (code) => resolve(code ?? 1))),
    stop: () => {
      try {
        process.kill(-child.pid!, "SIGTERM"); // the whole group: sh, npx, next build
      } catch {
        /* already finished */
      }
    },
  };
}

/** The static checks read files only: they run side by side, each one's output shown whole. */
const STATIC = ["lint:arch", "typecheck", "lint", "format"];

function captured(cmd: string, args: string[]): Promise<{ code: number; output: string }> {
  const child = spawn(cmd, args, { env });
  let output = "";
  child.stdout.on("data", (b: Buffer) => (output += b.toString()));
  child.stderr.on("data", (b: Buffer) => (output += b.toString()));
  return new Promise((resolve) => child.on("exit", (code) => resolve({ code: code ?? 1, output })));
}

async function staticChecks(times: string[]) {
  const t = Date.now();
  const chosen = steps.filter(([name]) => STATIC.includes(name) && wanted(name));
  const results = await Promise.all(chosen.map(([, [cmd, ...args]]) => captured(cmd!, args)));
  chosen.forEach(([name, command], i) => {
    console.log(`\n━━ ${name} ━━ ${command.join(" ")}\n${results[i]!.output.trim()}`);
  });
  times.push(`${STATIC.join("+")} ${((Date.now() - t) / 1000).toFixed(1)} s`);
  const failed = chosen.filter((_, i) => results[i]!.code !== 0).map(([name]) => name);
  if (failed.length) {
    console.error(`\n✗ ${failed.join(", ")} failed (${times.join(", ")})`);
    process.exit(1);
  }
}

async function main() {
  const times: string[] = [];
  await staticChecks(times);
  let build: ReturnType<typeof prepareE2eBeside> | undefined;
  for (const [name, [cmd, ...args]] of steps) {
    if (!wanted(name) || STATIC.includes(name)) continue;
    if (name === "integration" && wanted("e2e")) build = prepareE2eBeside();
    let stepEnv = env;
    if (name === "e2e" && build) {
      const t = Date.now();
      const code = await build.done;
      const log = readFileSync(".next-build.log", "utf8");
      if (code !== 0) {
        console.error(log);
        console.error("\n✗ next build failed");
        process.exit(code);
      }
      const waited = ((Date.now() - t) / 1000).toFixed(1);
      console.log(`\n━━ next build (beside the integration tests; waited ${waited} s more) ━━`);
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
