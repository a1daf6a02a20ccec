import { describe, expect, it } from "vitest";
import { safeNext } from "./next";

describe("safeNext", () => {
  it("keeps a Studio path", () => {
    expect(safeNext("/studio/invite/abc_DEF-123")).toBe("/studio/invite/abc_DEF-123");
    expect(safeNext("/studio")).toBe("/studio");
  });
  it.each([
    "//evil.example/studio",
    "https://evil.example/studio",
    "/s/demo",
    "/studio//evil",
    "/studio/../api",
    "/studio?x=1",
    "",
    null,
    undefined,
  ])("refuses %j", (next) => {
    expect(safeNext(next)).toBeNull();
  });
});
