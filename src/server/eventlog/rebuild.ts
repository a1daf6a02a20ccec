import { db } from "@/server/platform/db";
import { dispatchOnce } from "./dispatch";
import type { Subscriber } from "./types";

/** Empty each projection's read model, rewind its checkpoint, and replay the whole log into it. */
export async function rebuildProjections(
  projections: readonly Subscriber[],
): Promise<{ name: string; events: number }[]> {
  const out: { name: string; events: number }[] = [];
  for (const p of projections) {
    if (!p.reset) throw new Error(`${p.name} is not a projection (it has no reset)`);
    await p.reset();
    // Replaying from the start delivers its held events again, parked ones included.
    await db().heldDelivery.deleteMany({ where: { subscriber: p.name } });
    await db().$executeRaw`INSERT INTO subscription_checkpoint (name) VALUES (${p.name})
      ON CONFLICT (name) DO UPDATE SET last_transaction_id = '0'::xid8, last_position = 0, updated_at = now()`;
    let events = 0;
    for (;;) {
      // Long reads: a projection that counts a batch in one transaction replays 1,000 events in each.
      const r = await dispatchOnce([p], { batchSize: 1000 });
      events += r.handled;
      if (!r.behind) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    out.push({ name: p.name, events });
  }
  return out;
}
