// Read model: paid orders, tickets and gross revenue per event, rebuilt from the log. The brand
// page no longer reads it: its figures come from salesOverview, current the moment an order is
// paid (a projection lags the sale by a dispatch, and the page contradicted itself meanwhile).
import { transaction } from "@/server/platform/unit-of-work";
import { applyOnce, forgetReceipts, type Subscriber } from "@/server/eventlog";
import type { OrderPaid } from "../events";
import { clearSales, upsertSalesRow } from "../infrastructure/orders-repo";
import { admissionsIn } from "../model/order";

const NAME = "projection:event-sales";

export const eventSalesProjection: Subscriber<OrderPaid> = {
  name: NAME,
  purpose: "Count it in the event's sales figures",
  handles: ["OrderPaid"],
  async handle(event) {
    const p = event.payload;
    await transaction(async (tx) => {
      await applyOnce(tx, NAME, event, () =>
        upsertSalesRow(tx, {
          eventId: p.eventId,
          brandId: event.metadata.brandId,
          currency: p.currency,
          orders: 1,
          tickets: admissionsIn(p.lines),
          revenue: p.total,
        }),
      );
    });
  },
  async reset() {
    await transaction(async (tx) => {
      await clearSales(tx);
      await forgetReceipts(tx, NAME);
    });
  },
};
