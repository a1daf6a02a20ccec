import { describe, it, expect } from "vitest";
import { afterFailure, lockedFor, type ThrottleState } from "./sign-in-throttle";

const t0 = new Date("2030-01-01T10:00:00Z");
const at = (seconds: number) => new Date(t0.getTime() + seconds * 1000);
const fail = (state: ThrottleState | null, times: number, from: number) => {
  for (let i = 0; i < times; i++) state = afterFailure(state, 5, at(from + i));
  return state!;
};

describe("the sign-in throttle", () => {
  it("locks for 1, 2, 4 … minutes after each 5 failures, up to 64", () => {
    let state: ThrottleState | null = null;
    let start = 0;
    const locks: number[] = [];
    for (let round = 0; round < 9; round++) {
      state = fail(state, 5, start);
      locks.push(lockedFor(state, at(start + 4)) / 60);
      start = (state.lockedUntil!.getTime() - t0.getTime()) / 1000 + 1;
    }
    expect(locks).toEqual([1, 2, 4, 8, 16, 32, 64, 64, 64]);
  });

  it("counts failures within 15 minutes only", () => {
    const four = fail(null, 4, 0);
    expect(lockedFor(afterFailure(four, 5, at(15 * 60)), at(15 * 60))).toBe(0);
    expect(lockedFor(afterFailure(four, 5, at(60)), at(60))).toBe(60);
  });

  it("forgets earlier lockouts after a quiet day", () => {
    const locked = fail(fail(null, 5, 0), 5, 61); // locked twice: 1, then 2 minutes
    const nextDay = 61 + 4 + 120 + 24 * 3600;
    expect(lockedFor(fail(locked, 5, nextDay), at(nextDay + 4))).toBe(60);
  });
});
