// Read model: paid orders, tickets and gross revenue per event, rebuilt from the log. The brand
// page no longer reads it: its figures come from salesOverview, current the moment an order is
// paid (a projection lags the sale by a dispatch, and the page contradicted itself meanwhile).
// Counted a batch of events at a time in one transaction (issue 13: a rush's payments are hundreds
// of events a second; one transaction each cost four round trips apiece).
import { batchProjection } from "@/server/eventlog";
import type { OrderPaid } from "../events";
import { clearSales, upsertSalesRow } from "../infrastructure/orders-repo";
import { admissionsIn } from "../model/order";

const NAME = "projection:event-sales";

export const eventSalesProjection = batchProjection<OrderPaid>({
  name: NAME,
  purpose: "Count it in the event's sales figures",
  handles: ["OrderPaid"],
  /** The orders paid in these events, summed per event. */
  async count(tx, fresh) {
    const perEvent = new Map<string, SalesRow>();
    for (const { payload: p, metadata } of fresh) {
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
  },
  clear: clearSales,
});

type SalesRow = Parameters<typeof upsertSalesRow>[1];
