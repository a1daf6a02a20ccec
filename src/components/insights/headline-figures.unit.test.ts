import { describe, expect, it } from "vitest";
import { changeText } from "./headline-figures";

describe("how a figure moved, in words", () => {
  it("says the rise or fall in percent against the period before", () => {
    expect(changeText(2500, "the 7 days before")).toBe("+25 % on the 7 days before");
    expect(changeText(-450, "the day before")).toBe("−4.5 % on the day before");
    expect(changeText(0, "the day before")).toBe("no change on the day before");
  });

  it("says there was nothing before rather than an endless rise", () => {
    expect(changeText(null, "the 30 days before")).toBe("none in the 30 days before");
  });
});
