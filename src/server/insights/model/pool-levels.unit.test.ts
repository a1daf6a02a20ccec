import { describe, expect, it } from "vitest";
import { fillLevels, slotsSoFar } from "./pool-levels";

const h = (hour: number, minute = 0) => new Date(Date.UTC(2027, 2, 1, hour, minute));

describe("a pool's fill over time", () => {
  it("starts from what was sold before the period and adds each step, quiet slots flat", () => {
    const levels = fillLevels([h(10), h(11), h(12), h(13)], 40, [
      { at: h(10), units: 2 },
      { at: h(12), units: 5 },
    ]);
    expect(levels).toEqual([42, 42, 47, 47]);
  });

  it("takes a refund's units off, in the step it came back", () => {
    expect(
      fillLevels([h(10), h(11)], 0, [
        { at: h(10), units: 4 },
        { at: h(11), units: -2 },
      ]),
    ).toEqual([4, 2]);
  });

  it("counts a step in the slot it falls in, not only at the slot's start", () => {
    expect(fillLevels([h(10), h(11)], 0, [{ at: h(10, 45), units: 3 }])).toEqual([3, 3]);
  });

  it("leaves out steps before the first slot (they are in the starting level)", () => {
    expect(fillLevels([h(10)], 7, [{ at: h(9), units: 3 }])).toEqual([7]);
  });

  it("shows only slots that have begun", () => {
    expect(slotsSoFar([h(10), h(11), h(12)], h(11, 30))).toEqual([h(10), h(11)]);
  });
});
