// What the scripts need before they start, checked in a second with one line of advice when it
// is missing — instead of a stack trace minutes later (issue 12, items 17–18).
import { spawnSync } from "node:child_process";
import { accessSync, constants, existsSync } from "node:fs";
import path from "node:path";

/**
 * The Prisma client is generated, never committed. `npm install` generates it (postinstall);
 * where install scripts were skipped (`--ignore-scripts`), this does it once.
 */
export function ensurePrismaClient(opts: { always?: boolean } = {}): void {
  if (!opts.always && existsSync(path.join("src", "generated", "prisma", "client.ts"))) return;
  const r = spawnSync("npx", ["prisma", "generate"], {
    stdio: "inherit",
    // generate reads no data, but without a URL it falls back to downloading a binary engine.
    env: { ...process.env, DATABASE_URL: process.env.DATABASE_URL ?? "postgresql://localhost/placeholder" },
  });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

const DEBIAN_CHROMIUM = "/usr/bin/chromium";

/** Where a browser is looked for; the tests pass their own to play a machine without one. */
export type ChromiumLookup = {
  debian: string;
  /** Where Playwright's own download would be ("" when playwright-core cannot say). */
  bundled: () => string;
  runnable: (file: string) => boolean;
};

const thisMachine: ChromiumLookup = {
  debian: DEBIAN_CHROMIUM,
  bundled: () => {
    const r = spawnSync(
      process.execPath,
      ["-e", "process.stdout.write(require('playwright-core').chromium.executablePath())"],
      { encoding: "utf8" },
    );
    return r.status === 0 ? r.stdout.trim() : "";
  },
  runnable,
};

/** The browser the e2e journeys run in: Debian's Chromium, else Playwright's own download. */
export function findChromium(lookup: ChromiumLookup = thisMachine): string | null {
  if (lookup.runnable(lookup.debian)) return lookup.debian;
  const bundled = lookup.bundled();
  return bundled && lookup.runnable(bundled) ? bundled : null;
}

function runnable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** What to do when no browser is installed, in one line. */
export const NO_CHROMIUM =
  "✗ The e2e journeys need Chromium: install it (`sudo apt-get install chromium` on Debian/Ubuntu, " +
  "or `npx playwright install chromium` elsewhere) and run the command again.";

/** Stops with one line saying what to do when no browser is installed. */
export function requireChromium(lookup: ChromiumLookup = thisMachine): void {
  if (findChromium(lookup)) return;
  console.error(NO_CHROMIUM);
  process.exit(1);
}
