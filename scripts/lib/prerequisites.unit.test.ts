// `npm test` and `npm run test:e2e` on a machine without a browser: one line saying what to do,
// in the first second (issue 12, item 18). The lookup is injected: no browser is uninstalled.
import { afterEach, describe, expect, it, vi } from "vitest";
import { findChromium, NO_CHROMIUM, requireChromium, type ChromiumLookup } from "./prerequisites";

const machine = (
  installed: string[],
  bundled = "/root/.cache/ms-playwright/chromium/chrome",
): ChromiumLookup => ({
  debian: "/usr/bin/chromium",
  bundled: () => bundled,
  runnable: (file) => installed.includes(file),
});

afterEach(() => vi.restoreAllMocks());

describe("findChromium", () => {
  it("uses Debian's Chromium when it is installed", () => {
    expect(findChromium(machine(["/usr/bin/chromium"]))).toBe("/usr/bin/chromium");
  });
  it("falls back to Playwright's own download", () => {
    const only = "/root/.cache/ms-playwright/chromium/chrome";
    expect(findChromium(machine([only]))).toBe(only);
  });
  it("finds nothing when neither is there, or playwright-core cannot say where its download would be", () => {
    expect(findChromium(machine([]))).toBeNull();
    expect(findChromium(machine([""], ""))).toBeNull();
  });
});

describe("requireChromium on a machine without a browser", () => {
  it("says in one line what to do, and stops with a failure", () => {
    const said = vi.spyOn(console, "error").mockImplementation(() => {});
    const exit = vi.spyOn(process, "exit").mockImplementation((() => {
      throw new Error("exit");
    }) as never);
    expect(() => requireChromium(machine([]))).toThrow("exit");
    expect(exit).toHaveBeenCalledWith(1);
    expect(said.mock.calls).toEqual([[NO_CHROMIUM]]);
    expect(NO_CHROMIUM).not.toContain("\n");
    expect(NO_CHROMIUM).toContain("sudo apt-get install chromium");
    expect(NO_CHROMIUM).toContain("npx playwright install chromium");
  });
  it("lets the run go on when one is found", () => {
    const exit = vi.spyOn(process, "exit").mockImplementation((() => undefined) as never);
    requireChromium(machine(["/usr/bin/chromium"]));
    expect(exit).not.toHaveBeenCalled();
  });
});
