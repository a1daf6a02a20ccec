import { describe, it, expect } from "vitest";
import { parseParkedArgs } from "./parked-args";

describe("npm run events:parked arguments", () => {
  it("lists without arguments", () => expect(parseParkedArgs([])).toEqual({ kind: "list" }));
  it("replays one id", () => {
    expect(parseParkedArgs(["--replay", "42"])).toEqual({ kind: "replay", id: "42" });
  });
  it("replays all", () => expect(parseParkedArgs(["--replay-all"])).toEqual({ kind: "replay-all" }));
  it("refuses a replay without a numeric id", () => {
    expect(parseParkedArgs(["--replay"]).kind).toBe("error");
    expect(parseParkedArgs(["--replay", "abc"]).kind).toBe("error");
  });
  it("refuses anything else", () => expect(parseParkedArgs(["--drop"]).kind).toBe("error"));
});
