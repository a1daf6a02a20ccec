import { describe, it, expect } from "vitest";
import { afterFailure, defaultRetryPolicy, type RetryPolicy } from "./retry-policy";

const now = new Date("2026-11-30T12:00:00Z");
const waitAfter = (attempts: number, policy: RetryPolicy = defaultRetryPolicy) => {
  const next = afterFailure(attempts, policy, now);
  return next.status === "retrying" ? next.nextAttemptAt.getTime() - now.getTime() : "parked";
};

describe("after a delivery fails", () => {
  it("waits 10 s, then twice as long after each further failure", () => {
    expect([1, 2, 3, 4].map((n) => waitAfter(n))).toEqual([10_000, 20_000, 40_000, 80_000]);
  });

  it("parks the event when the fifth attempt fails", () => {
    expect(waitAfter(5)).toBe("parked");
  });

  it("never waits longer than the longest delay", () => {
    expect(waitAfter(30, { maxAttempts: 50, firstDelayMs: 1000, maxDelayMs: 60_000 })).toBe(60_000);
  });

  it("parks at once when only one attempt is allowed", () => {
    expect(waitAfter(1, { ...defaultRetryPolicy, maxAttempts: 1 })).toBe("parked");
  });
});
