// A projection that counts its events a batch at a time: in log order, in one transaction, each
// event once (receipts, `firstDeliveries`). A failed batch is retried an event at a time; a
// rebuild empties the read model and its receipts, then replays (rebuild.ts).
import { transaction, type UnitOfWork } from "@/server/platform/unit-of-work";
import { firstDeliveries, forgetReceipts } from "./apply-once";
import type { BatchSubscriber, DomainEvent, RecordedEvent } from "./types";

export function batchProjection<E extends DomainEvent>(p: {
  name: string;
  purpose: string;
  handles: readonly E["type"][];
  /** Applies these events, never seen before, in log order, in the caller's transaction. */
  count(uow: UnitOfWork, fresh: RecordedEvent<E>[]): Promise<void>;
  /** Empties the read model (in the caller's transaction), for a rebuild. */
  clear(uow: UnitOfWork): Promise<void>;
}): BatchSubscriber<E> {
  const countOnce = (events: RecordedEvent<E>[]) =>
    transaction(async (tx) => {
      const fresh = await firstDeliveries(tx, p.name, events);
      if (fresh.length > 0) await p.count(tx, fresh);
    });
  return {
    name: p.name,
    purpose: p.purpose,
    handles: p.handles,
    inLogOrder: true,
    async handle(event) {
      await countOnce([event]);
    },
    async handleBatch(events) {
      await countOnce(events); // whole or not at all: a failed batch is retried an event at a time
      return [];
    },
    async reset() {
      await transaction(async (tx) => {
        await p.clear(tx);
        await forgetReceipts(tx, p.name);
      });
    },
  };
}
