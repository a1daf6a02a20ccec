import { describe, it, expect, vi, beforeEach } from "vitest";

const lines: string[] = [];
vi.mock("./log", async (original) => {
  const real = await original<typeof import("./log")>();
  const capture = (level: string) => (fields: object, msg: string) =>
    lines.push(JSON.stringify({ level, ...fields, msg }));
  return { ...real, log: { error: capture("error"), warn: capture("warn"), info: capture("info") } };
});
const { boundedConsole, BURST } = await import("./bounded-console");

describe("console output in production", () => {
  beforeEach(() => {
    lines.length = 0;
  });

  describe("when an error with a huge message and stack is logged", () => {
    it("writes one entry of a few kilobytes", () => {
      const to = boundedConsole(() => 0);
      const e = new RangeError("Maximum call stack size exceeded " + "x".repeat(100_000));
      e.stack = `RangeError: boom\n${"    at a (chunk.js:1:1) " + "y".repeat(50_000)}\n`.repeat(200);
      to("error")("⨯", e, { huge: "z".repeat(100_000) });
      expect(lines).toHaveLength(1);
      expect(lines[0]!.length).toBeLessThan(5_000);
    });
  });

  describe("when errors come faster than BURST a second", () => {
    it("keeps BURST of them and counts the rest in one line the next second", () => {
      let t = 0;
      const to = boundedConsole(() => t);
      for (let i = 0; i < 10_000; i++) to("error")(`failure ${i}`);
      t = 1_000;
      to("error")("next second");
      expect(lines).toHaveLength(BURST + 2);
      expect(lines.at(-2)).toContain(`"suppressed":${10_000 - BURST}`);
      expect(lines.at(-1)).toContain("next second");
    });
  });
});
