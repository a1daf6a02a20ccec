// The web server `npm start` runs: Next.js behind a thin node:http front in the same process.
// Next's route handlers never see the connection, so without a proxy nobody could tell clients
// apart except by what they write themselves (X-Forwarded-For). The front writes the
// connection's address into x-marquee-client-address on every request, replacing whatever the
// client sent, and marks this process (MARQUEE_FRONT=socket) so the app trusts that header —
// see src/server/platform/client-address.ts and docs/adr/0018-client-address-and-abuse-limits.md.
// Plain JavaScript, so it runs under node directly (no TypeScript loader on the request path).
// WEB_PROCESSES=n runs n such processes sharing the port through node:cluster, one per core by
// default: one Node process uses one core (docs/adr/0034). Each keeps its own cache of rendered
// shop pages; a change revalidated in one is told to the others through PostgreSQL
// (scripts/lib/page-cache-handler.mjs, docs/adr/0036).
import cluster from "node:cluster";
import http from "node:http";
import os from "node:os";
import { profileCpu } from "./cpu-profile.mjs";
import { keptAnswers } from "./kept-answers.mjs";

const dev = process.argv.includes("--dev");
const port = Number(process.env.PORT ?? 3000);
const CLIENT_ADDRESS_HEADER = "x-marquee-client-address";
const processes = dev
  ? 1
  : Math.max(
      1,
      Math.min(os.availableParallelism(), Number(process.env.WEB_PROCESSES || os.availableParallelism())),
    );

if (cluster.isPrimary && processes > 1) runPrimary();
else await serve();

/** Starts the web processes, starts a new one for any that dies, and stops them all on SIGTERM. */
function runPrimary() {
  let stopping = false;
  for (let i = 0; i < processes; i++) cluster.fork();
  cluster.on("exit", (worker, code, signal) => {
    if (stopping) return;
    console.error(`[web] process ${worker.process.pid} ended (${signal ?? code}); starting another`);
    cluster.fork();
  });
  process.once("SIGTERM", () => {
    stopping = true;
    const alive = Object.values(cluster.workers ?? {});
    if (alive.length === 0) process.exit(0);
    cluster.on("exit", () => {
      if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(0);
    });
    for (const w of alive) w?.process.kill("SIGTERM");
  });
}

async function serve() {
  process.env.NODE_ENV ||= dev ? "development" : "production";
  process.env.MARQUEE_FRONT = "socket";

  const writeProfile = await profileCpu("web");
  const { default: next } = await import("next");
  const app = next({ dev, hostname: process.env.HOSTNAME ?? "localhost", port });
  const handle = app.getRequestHandler();
  await app.prepare();

  const answers = keptAnswers();
  const server = http.createServer((req, res) => {
    // Node joins repeated headers into one string: this assignment replaces every copy the client sent.
    req.headers[CLIENT_ADDRESS_HEADER] = req.socket.remoteAddress ?? "";
    // The API's answers are a few hundred bytes (an offer: 395, 267 gzipped): compressing each
    // cost about 4 % of a web process's CPU in a rush. Pages and files are still compressed.
    if (req.url?.startsWith("/api/trpc/")) delete req.headers["accept-encoding"];
    // The live offer a crowd polls: answered from here while the app keeps it (kept-answers.mjs).
    if (answers.answer(req, res)) return;
    answers.watch(req, res);
    void handle(req, res);
  });
  if (dev) server.on("upgrade", app.getUpgradeHandler()); // hot reload's websocket
  server.listen(port);

  // Stopped (npm start's stop, a deployment's SIGTERM): finish the requests in flight, then exit
  // normally, writing the CPU profile first if one is being recorded (cpu-profile.mjs).
  // `on`, not `once`: a web process may be told twice (by the process group and by its primary).
  let exiting = false;
  process.on("SIGTERM", () => {
    if (exiting) return;
    let exited = false;
    const exit = () => {
      if (exited) return;
      exited = true;
      void writeProfile().finally(() => process.exit(0));
    };
    exiting = true;
    setTimeout(exit, 5000).unref();
    server.close(exit);
    server.closeIdleConnections();
  });
}
