import { defineConfig } from "vitest/config";

// Three projects: `unit` (pure domain rules, no database), `int` (real PostgreSQL; each test
// file gets its own database cloned from a migrated template, so files run in parallel) and
// `processes` (the production build as separate processes on one database: after `next build`).
export default defineConfig({
  resolve: {
    tsconfigPaths: true,
    alias: { "server-only": new URL("./src/test/server-only.ts", import.meta.url).pathname },
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["src/**/*.unit.test.ts", "scripts/**/*.unit.test.ts"],
          environment: "node",
        },
      },
      {
        extends: true,
        test: {
          name: "int",
          include: ["src/**/*.int.test.ts"],
          environment: "node",
          globalSetup: ["src/test/global-setup.ts"],
          setupFiles: ["src/test/database-per-file.ts"],
          testTimeout: 30_000,
          hookTimeout: 60_000,
          // Three files at once on 2 cores: many wait on child processes, the dispatcher's polls
          // or PostgreSQL rather than on the CPU.
          maxWorkers: 3,
          sequence: { groupOrder: 1 },
        },
      },
      {
        // Marquee as several OS processes (`next start` and `npm run worker`) on one database, like
        // `int` otherwise; they serve the production build, so scripts/e2e.ts runs them after it.
        extends: true,
        test: {
          name: "processes",
          include: ["src/**/*.processes.test.ts"],
          environment: "node",
          globalSetup: ["src/test/global-setup.ts"],
          setupFiles: ["src/test/database-per-file.ts"],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          maxWorkers: 1,
          sequence: { groupOrder: 2 },
        },
      },
    ],
  },
});
