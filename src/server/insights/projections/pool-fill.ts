// Read model: how each pool filled up, per quarter hour — the units put in holds, sold (when the
// hold is confirmed), given back by refunds, released and expired. A confirmation names only its
// hold, so the projector remembers what each hold took of which pool; a late payment's reclaim
// (`reclaimedFrom`) sells the units of the ended hold it names. Batches are applied in log order
// in one transaction, like the sales projection: a rebuild replays 1,000 events at a time.
import type { UnitOfWork } from "@/server/platform/unit-of-work";
import { batchProjection, type RecordedEvent } from "@/server/eventlog";
import type {
  HoldConfirmed,
  HoldExpired,
  HoldPlaced,
  HoldReleased,
  PoolCreated,
  UnitsReturned,
} from "@/server/inventory";
import { bucketOf } from "../model/buckets";
import {
  addPoolFill,
  clearPoolFill,
  holdMemos,
  rememberHolds,
  rememberPools,
  type HoldMemo,
  type PoolFillFact,
  type PoolMemo,
} from "../infrastructure/pool-fill-repo";

const NAME = "projection:insights-pool-fill";

type PoolFillEvent = PoolCreated | HoldPlaced | HoldConfirmed | HoldReleased | HoldExpired | UnitsReturned;

export const poolFillProjection = batchProjection<PoolFillEvent>({
  name: NAME,
  purpose: "Show it on the pool-fill chart",
  handles: ["PoolCreated", "HoldPlaced", "HoldConfirmed", "HoldReleased", "HoldExpired", "UnitsReturned"],
  async count(tx, fresh) {
    const batch = await PoolFillBatch.load(tx, fresh);
    for (const event of fresh) batch.apply(event);
    await batch.save(tx);
  },
  clear: clearPoolFill,
});

/** The hold whose units an event moves: a reclaim sells those of the hold it took them from. */
function holdNamed(event: RecordedEvent<PoolFillEvent>): string | null {
  switch (event.type) {
    case "HoldConfirmed":
      return event.payload.reclaimedFrom ?? event.payload.holdId;
    case "HoldReleased":
    case "HoldExpired":
      return event.payload.holdId;
    default:
      return null;
  }
}

/** A hold's lines as units per pool (a pool drawn by several lines adds up). */
function unitsPerPool(lines: HoldPlaced["payload"]["lines"]): HoldMemo["units"] {
  const units = new Map<string, number>();
  for (const l of lines) units.set(l.poolId, (units.get(l.poolId) ?? 0) + l.units);
  return [...units].map(([poolId, n]) => ({ poolId, units: n }));
}

type Figure = "held" | "sold" | "returned" | "released" | "expired";

/** The hold memos a batch needs (read before, added to as holds are placed) and what it adds. */
class PoolFillBatch {
  private readonly newHolds: HoldMemo[] = [];
  private readonly pools: PoolMemo[] = [];
  private readonly facts: PoolFillFact[] = [];

  private constructor(private readonly holds: Map<string, HoldMemo>) {}

  static async load(tx: UnitOfWork, events: readonly RecordedEvent<PoolFillEvent>[]) {
    const named = events.flatMap((e) => {
      const holdId = holdNamed(e);
      return holdId ? [{ brandId: e.metadata.brandId, holdId }] : [];
    });
    const memos = await holdMemos(tx, named);
    return new PoolFillBatch(new Map(memos.map((m) => [m.holdId, m])));
  }

  async save(tx: UnitOfWork) {
    await rememberPools(tx, this.pools);
    await rememberHolds(tx, this.newHolds);
    await addPoolFill(tx, this.facts);
  }

  /** Each pool's units of this brand's hold, counted under `figure`; nothing for a hold never placed. */
  private move(event: RecordedEvent<PoolFillEvent>, holdId: string, figure: Figure) {
    const brandId = event.metadata.brandId;
    const hold = this.holds.get(holdId);
    if (!hold || hold.brandId !== brandId) return;
    for (const u of hold.units) this.add(brandId, u.poolId, event.recordedAt, figure, u.units);
  }

  private add(brandId: string, poolId: string, at: Date, figure: Figure, units: number) {
    this.facts.push({
      poolId,
      brandId,
      bucket: bucketOf(at),
      held: 0,
      sold: 0,
      returned: 0,
      released: 0,
      expired: 0,
      [figure]: units,
    });
  }

  apply(event: RecordedEvent<PoolFillEvent>) {
    const brandId = event.metadata.brandId;
    switch (event.type) {
      case "PoolCreated": {
        const p = event.payload;
        this.pools.push({ poolId: p.poolId, brandId, name: p.name, capacity: p.capacity });
        return;
      }
      case "HoldPlaced": {
        const p = event.payload;
        if (this.holds.has(p.holdId)) return;
        const hold = { holdId: p.holdId, brandId, units: unitsPerPool(p.lines) };
        this.holds.set(hold.holdId, hold);
        this.newHolds.push(hold);
        this.move(event, hold.holdId, "held");
        return;
      }
      case "HoldConfirmed":
        return this.move(event, event.payload.reclaimedFrom ?? event.payload.holdId, "sold");
      case "HoldReleased":
        return this.move(event, event.payload.holdId, "released");
      case "HoldExpired":
        return this.move(event, event.payload.holdId, "expired");
      case "UnitsReturned": {
        const p = event.payload;
        this.add(brandId, p.poolId, event.recordedAt, "returned", p.units);
        return;
      }
    }
  }
}
