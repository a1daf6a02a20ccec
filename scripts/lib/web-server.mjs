// The web server `npm start` runs: Next.js behind a thin node:http front in the same process.
// Next's route handlers never see the connection, so without a proxy nobody could tell clients
// apart except by what they write themselves (X-Forwarded-For). The front writes the
// connection's address into x-marquee-client-address on every request, replacing whatever the
// client sent, and marks this process (MARQUEE_FRONT=socket) so the app trusts that header —
// see src/server/platform/client-address.ts and docs/adr/0018-client-address-and-abuse-limits.md.
// Plain JavaScript, so it runs under node directly (no TypeScript loader on the request path).
import http from "node:http";
import { profileCpu } from "./cpu-profile.mjs";

const dev = process.argv.includes("--dev");
const port = Number(process.env.PORT ?? 3000);
const CLIENT_ADDRESS_HEADER = "x-marquee-client-address";

process.env.NODE_ENV ||= dev ? "development" : "production";
process.env.MARQUEE_FRONT = "socket";

const writeProfile = await profileCpu("web");
const { default: next } = await import("next");
const app = next({ dev, hostname: process.env.HOSTNAME ?? "localhost", port });
const handle = app.getRequestHandler();
await app.prepare();

const server = http.createServer((req, res) => {
  // Node joins repeated headers into one string: this assignment replaces every copy the client sent.
  req.headers[CLIENT_ADDRESS_HEADER] = req.socket.remoteAddress ?? "";
  void handle(req, res);
});
if (dev) server.on("upgrade", app.getUpgradeHandler()); // hot reload's websocket
server.listen(port);

// Stopped (npm start's stop, a deployment's SIGTERM): finish the requests in flight, then exit
// normally, writing the CPU profile first if one is being recorded (cpu-profile.mjs).
process.once("SIGTERM", () => {
  let exiting = false;
  const exit = () => {
    if (exiting) return;
    exiting = true;
    void writeProfile().finally(() => process.exit(0));
  };
  setTimeout(exit, 5000).unref();
  server.close(exit);
  server.closeIdleConnections();
});
