// Marquee as a deployment runs it, as separate OS processes, for tests that need more than one
// machine's worth: `npm start` (scripts/start.ts: migrations, then web and worker in one command),
// the web server alone as npm start runs it (Next.js production server behind
// scripts/lib/web-server.mjs, from the build in .next) and the job worker alone, as
// `npm run worker` runs it (scripts/worker.ts). Each keeps its output, so a test can read what
// it did (the worker's job log) and show it when something fails.
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import net from "node:net";
import path from "node:path";

type Env = Record<string, string | undefined>;

export type AppProcess = {
  name: string;
  child: ChildProcess;
  /** Everything it wrote to stdout and stderr so far. */
  output(): string;
  stop(): Promise<void>;
};
export type WebProcess = AppProcess & { url: string };

/** A build is needed: these processes serve .next, they do not make it. */
export function requireBuild(): void {
  if (!existsSync(path.join(".next", "BUILD_ID")))
    throw new Error(
      "No production build in .next: run `npx next build` first (npm test's e2e step makes one).",
    );
}

/** A port nobody listens on now (the kernel's choice). */
export async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/**
 * The environment a child gets: ours without the test runner's own variables (VITEST…,
 * NODE_ENV=test), which would make the child something a deployment never runs.
 */
function childEnv(extra: Env): Env {
  const env: Env = {};
  for (const [k, v] of Object.entries(process.env))
    if (!k.startsWith("VITEST") && k !== "NODE_ENV") env[k] = v;
  return { ...env, NEXT_TELEMETRY_DISABLED: "1", ...extra };
}

function launch(name: string, args: string[], env: Env): AppProcess {
  // Its own process group, so stopping it stops whatever it started too.
  const child = spawn(process.execPath, args, {
    env: env as NodeJS.ProcessEnv,
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  let out = "";
  child.stdout!.on("data", (b: Buffer) => (out += b.toString()));
  child.stderr!.on("data", (b: Buffer) => (out += b.toString()));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  return {
    name,
    child,
    output: () => out,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      try {
        process.kill(-child.pid!, "SIGTERM");
      } catch {
        return; // already gone
      }
      const killed = setTimeout(() => {
        try {
          process.kill(-child.pid!, "SIGKILL");
        } catch {
          /* gone meanwhile */
        }
      }, 10_000);
      await exited;
      clearTimeout(killed);
    },
  };
}

async function until(what: string, p: AppProcess, ready: () => Promise<boolean>, ms: number) {
  const end = Date.now() + ms;
  while (!(await ready())) {
    if (p.child.exitCode !== null)
      throw new Error(`${p.name} exited before ${what}:\n${p.output().slice(-3000)}`);
    if (Date.now() > end)
      throw new Error(`${p.name} was not ${what} after ${ms} ms:\n${p.output().slice(-3000)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** `next start` behind Marquee's front (scripts/lib/web-server.mjs), answering /api/health. */
export async function startWeb(name: string, env: Env): Promise<WebProcess> {
  const port = Number(env.PORT ?? (await freePort()));
  const front = path.join("scripts", "lib", "web-server.mjs");
  const p = launch(name, [front], childEnv({ ...env, PORT: String(port), NODE_ENV: "production" }));
  const url = `http://localhost:${port}`;
  const healthy = () =>
    fetch(`${url}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
  try {
    await until("serving", p, healthy, 60_000);
  } catch (e) {
    await p.stop();
    throw e;
  }
  return { ...p, url };
}

/** `npm start` (scripts/start.ts, under tsx as npm runs it): web and worker in one command, once serving. */
export async function startApp(name: string, env: Env): Promise<WebProcess> {
  const port = Number(env.PORT ?? (await freePort()));
  const p = launch(
    name,
    ["--import", "tsx", path.join("scripts", "start.ts")],
    childEnv({ ...env, PORT: String(port) }),
  );
  const url = `http://localhost:${port}`;
  const ready = async () =>
    p.output().includes("[marquee] ready") &&
    (await fetch(`${url}/api/health`).then(
      (r) => r.ok,
      () => false,
    ));
  try {
    await until("serving", p, ready, 90_000);
  } catch (e) {
    await p.stop();
    throw e;
  }
  return { ...p, url };
}

/** `npm run worker` (scripts/worker.ts, under tsx as npm runs it), once it says it is running. */
export async function startJobWorker(name: string, env: Env): Promise<AppProcess> {
  const p = launch(name, ["--import", "tsx", path.join("scripts", "worker.ts")], childEnv(env));
  try {
    await until("running", p, async () => p.output().includes("[worker] running"), 60_000);
  } catch (e) {
    await p.stop();
    throw e;
  }
  return p;
}
