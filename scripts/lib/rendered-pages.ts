// Next keeps the shop pages it renders on disk too (.next/server/route-cache), and serves them
// to the next process of the same build. Each was rendered from one database: a run on a fresh
// database (the e2e journeys, the bench) must not be served another run's pages — the demo
// event's id, in the page's data, would name an event that is not there.
import { rmSync } from "node:fs";
import path from "node:path";

export function forgetRenderedPages(): void {
  rmSync(path.join(".next", "server", "route-cache"), { recursive: true, force: true });
}
