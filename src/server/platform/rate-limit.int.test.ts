import { describe, it, expect } from "vitest";
import { rateLimit } from "./rate-limit";
import { isDomainError } from "./errors";

describe("a rate limit of 3 a minute", () => {
  it("lets 3 through, refuses the 4th saying when to try again, and opens in the next minute", async () => {
    const t = new Date("2030-01-01T10:00:20Z");
    for (let i = 0; i < 3; i++) await rateLimit("hold:10.0.0.1", 3, 60_000, t);
    const e = await rateLimit("hold:10.0.0.1", 3, 60_000, t).catch((x) => x);
    expect(isDomainError(e) && e.code).toBe("TooManyRequests");
    expect(e.message).toBe("Too many attempts. Try again in 40 s.");
    await rateLimit("hold:10.0.0.2", 3, 60_000, t); // another client is not affected
    await rateLimit("hold:10.0.0.1", 3, 60_000, new Date("2030-01-01T10:01:00Z"));
  });

  it("counts concurrent attempts exactly", async () => {
    const t = new Date("2030-01-01T11:00:00Z");
    const results = await Promise.allSettled(
      Array.from({ length: 20 }, () => rateLimit("order:race", 5, 60_000, t)),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(5);
  });
});
