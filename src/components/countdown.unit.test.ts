import { describe, expect, it } from "vitest";
import { announcementAt } from "./countdown";

describe("the countdown's announcement", () => {
  it("changes only at a few marks, so a screen reader is not told every second", () => {
    const heard = new Set<string>();
    for (let s = 15 * 60; s >= 0; s--) heard.add(announcementAt(s));
    expect([...heard]).toEqual([
      "",
      "Less than 10 minutes left.",
      "Less than 5 minutes left.",
      "Less than 2 minutes left.",
      "Less than 1 minute left.",
      "Less than 30 seconds left.",
      "Time is up.",
    ]);
  });
});
