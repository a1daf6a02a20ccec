import { afterEach, describe, expect, it, vi } from "vitest";

const RAW =
  'password authentication failed for user "postgres" at 10.0.3.7:5432 (prisma:engine: PrismaClientKnownRequestError)';
vi.mock("@/server/eventlog", async (original) => ({
  ...(await original<typeof import("@/server/eventlog")>()),
  pingDatabase: vi.fn(),
}));
const { pingDatabase } = await import("@/server/eventlog");
const { health } = await import("./health");

afterEach(() => vi.mocked(pingDatabase).mockReset());

describe("health", () => {
  describe("when the database answers", () => {
    it("says so, with how far the event log is", async () => {
      vi.mocked(pingDatabase).mockResolvedValue(42);
      expect(await health()).toEqual({ ok: true, database: "reachable", events: 42 });
    });
  });
  describe("when the database is broken", () => {
    it("says it is unreachable, and nothing of the error's text", async () => {
      const stack = "    at Object.query (/app/node_modules/pg/lib/client.js:1:1)";
      vi.mocked(pingDatabase).mockRejectedValue(new Error(`${RAW}\n${stack}`));
      const answer = await health();
      expect(answer).toEqual({ ok: false, database: "unreachable" });
      expect(JSON.stringify(answer)).not.toMatch(/postgres|10\.0\.3\.7|prisma|client\.js/);
    });
  });
});
