// A rush's commits share dispatches (issue 13): each dispatch runs every subscriber's pass, so a
// wake-up per purchase cost the worker as much CPU as the purchases themselves.
import { describe, expect, it } from "vitest";
import { db } from "@/server/platform/db";
import { DISPATCH_GATHER_MS, wakeDispatcher } from "./wake";

async function waitingDispatch() {
  return db().$queryRaw<{ run_at: Date }[]>`
    SELECT run_at FROM graphile_worker.jobs WHERE key = 'dispatch' AND locked_at IS NULL`;
}

/** The database's clock (run_at is set by it), in ms. */
const databaseNow = async () =>
  (await db().$queryRaw<{ at: Date }[]>`SELECT clock_timestamp() AS at`)[0]!.at.getTime();

describe("given no dispatch waiting, when commits wake the dispatcher one after another", () => {
  it("then one dispatch gathers them, due within the gather time", async () => {
    // Measured from both sides of the wake-up, so a slow machine cannot make it look early or late.
    const before = await databaseNow();
    await wakeDispatcher();
    const after = await databaseNow();
    const [first] = await waitingDispatch();
    expect(first!.run_at.getTime() - before).toBeGreaterThanOrEqual(DISPATCH_GATHER_MS);
    expect(first!.run_at.getTime() - after).toBeLessThanOrEqual(DISPATCH_GATHER_MS);

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
