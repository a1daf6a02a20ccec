// A rush's commits share dispatches (issue 13): each dispatch runs every subscriber's pass, so a
// wake-up per purchase cost the worker as much CPU as the purchases themselves.
import { describe, expect, it } from "vitest";
import { db } from "@/server/platform/db";
import { DISPATCH_GATHER_MS, wakeDispatcher } from "./wake";

async function waitingDispatch() {
  return db().$queryRaw<{ run_at: Date; in_ms: number }[]>`
    SELECT run_at, (extract(epoch FROM run_at - now()) * 1000)::float8 AS in_ms
      FROM graphile_worker.jobs WHERE key = 'dispatch' AND locked_at IS NULL`;
}

describe("given no dispatch waiting, when commits wake the dispatcher one after another", () => {
  it("then one dispatch gathers them, due within the gather time", async () => {
    await wakeDispatcher();
    const [first] = await waitingDispatch();
    expect(first!.in_ms).toBeGreaterThan(0);
    expect(first!.in_ms).toBeLessThanOrEqual(DISPATCH_GATHER_MS);

    for (let i = 0; i < 5; i++) {
      await new Promise((r) => setTimeout(r, 20));
      await wakeDispatcher();
    }

    const waiting = await waitingDispatch();
    expect(waiting).toHaveLength(1);
    // Kept at the first wake-up's time: later ones join it instead of putting it off.
    expect(waiting[0]!.run_at.getTime()).toBe(first!.run_at.getTime());
  });
});
