// Read model: paid orders, tickets and gross revenue per event, rebuilt from the log. The brand
// page no longer reads it: its figures come from salesOverview, current the moment an order is
// paid (a projection lags the sale by a dispatch, and the page contradicted itself meanwhile).
// Counted a batch of events at a time in one transaction (issue 13: a rush's payments are hundreds
// of events a second; one transaction each cost four round trips apiece).
import { transaction } from "@/server/platform/unit-of-work";
import { firstDeliveries, forgetReceipts, type BatchSubscriber, type RecordedEvent } from "@/server/eventlog";
import type { OrderPaid } from "../events";
import { clearSales, upsertSalesRow } from "../infrastructure/orders-repo";
import { admissionsIn } from "../model/order";

const NAME = "projection:event-sales";

export const eventSalesProjection: BatchSubscriber<OrderPaid> = {
  name: NAME,
  purpose: "Count it in the event's sales figures",
  handles: ["OrderPaid"],
  inLogOrder: true,
  async handle(event) {
    await count([event]);
  },
  async handleBatch(events) {
    await count(events); // whole or not at all: a failed batch is retried an event at a time
    return [];
  },
  async reset() {
    await transaction(async (tx) => {
      await clearSales(tx);
      await forgetReceipts(tx, NAME);
    });
  },
};

type SalesRow = Parameters<typeof upsertSalesRow>[1];

/** The orders paid in these events (those not counted before), summed per event, added in one transaction. */
async function count(events: RecordedEvent<OrderPaid>[]) {
  await transaction(async (tx) => {
    const perEvent = new Map<string, SalesRow>();
    for (const { payload: p, metadata } of await firstDeliveries(tx, NAME, events)) {
      const row = perEvent.get(p.eventId) ?? {
        eventId: p.eventId,
        brandId: metadata.brandId,
        currency: p.currency,
        orders: 0,
        tickets: 0,
        revenue: 0,
      };
      row.orders += 1;
      row.tickets += admissionsIn(p.lines);
      row.revenue += p.total;
      perEvent.set(p.eventId, row);
    }
    for (const row of perEvent.values()) await upsertSalesRow(tx, row);
  });
}
