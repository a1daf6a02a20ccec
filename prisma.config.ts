// Prisma 6.19 with the JavaScript engine: the CLI runs its schema engine from WASM over a
// pg driver adapter, so `generate` and `migrate` need no binary download (see docs/adr/0002).
import path from "node:path";
import type { PrismaConfig } from "prisma";
import { migrationAdapter } from "./scripts/lib/migration-adapter";

export default {
  schema: path.join("prisma", "schema.prisma"),
  experimental: { adapter: true },
  engine: "js",
  adapter: async () => migrationAdapter(),
} satisfies PrismaConfig;
