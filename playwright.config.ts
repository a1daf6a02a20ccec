import { defineConfig } from "@playwright/test";
import { existsSync } from "node:fs";
import { RECIPES_PORT } from "./e2e/lib/seed";

// Debian's Chromium where it is installed (CI, these machines); Playwright's own browser elsewhere.
const debianChromium = "/usr/bin/chromium";
const port = Number(process.env.E2E_PORT ?? 3100);

export default defineConfig({
  testDir: "e2e",
  testMatch: "**/*.e2e.ts",
  timeout: 60_000,
  expect: { timeout: 15_000 },
  // One file at a time: two side by side on 2 cores saved 24 s of 4.5 min and made the embed
  // journey time out (session 4), and took 6.1 min against 5.8 (session 8, 27 journeys): the
  // cores are the limit, not waiting. E2E_WORKERS=2 tries it on a bigger machine.
  fullyParallel: false,
  workers: Number(process.env.E2E_WORKERS ?? 1),
  retries: 0,
  reporter: [["list"]],
  outputDir: "test-results",
  use: {
    baseURL: process.env.E2E_BASE_URL ?? `http://localhost:${port}`,
    screenshot: "only-on-failure",
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: existsSync(debianChromium) ? debianChromium : undefined,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--no-first-run",
        "--disable-sync",
        "--disable-quic",
      ],
    },
  },
  // scripts/e2e.ts prepares a fresh database and a production build, then this starts the app
  // the way a user does (secrets, migrations, seed, web + worker) — unless E2E_BASE_URL is given —
  // and, beside it, the one process that makes what journeys need (e2e/lib/recipes.ts).
  webServer: [
    ...(process.env.E2E_BASE_URL
      ? []
      : [
          {
            command: `npx tsx scripts/start.ts`,
            url: `http://localhost:${port}/api/health`,
            timeout: 180_000,
            reuseExistingServer: false,
            env: {
              PORT: String(port),
              // One web process: the journeys are one person at a time, and a second process only
              // warms up (JIT, caches) twice on the same 2 cores — 13 journeys took 2.9 min with one,
              // 3.8 with two (session 13). Two processes on one database: scale-out.processes.
              WEB_PROCESSES: process.env.E2E_WEB_PROCESSES ?? "1",
              HOLD_SECONDS: "20",
              RATE_LIMIT_HOLDS_PER_MINUTE: "1000",
              RATE_LIMIT_ORDERS_PER_MINUTE: "1000",
            },
            stdout: "pipe" as const,
            stderr: "pipe" as const,
          },
        ]),
    {
      command: `npx tsx e2e/lib/recipes.ts --serve ${RECIPES_PORT}`,
      url: `http://127.0.0.1:${RECIPES_PORT}/ready`,
      timeout: 120_000,
      reuseExistingServer: false,
      stdout: "pipe",
      stderr: "pipe",
    },
  ],
});
