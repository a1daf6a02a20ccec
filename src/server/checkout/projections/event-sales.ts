// Read model: paid orders, tickets and revenue per event, for the Studio dashboard.
import { transaction } from "@/server/platform/unit-of-work";
import { applyOnce, forgetReceipts, type Subscriber } from "@/server/eventlog";
import type { OrderPaid } from "../events";
import { clearSales, upsertSalesRow } from "../infrastructure/orders-repo";

const NAME = "projection:event-sales";

/** Tickets sold: ticket lines, and the tickets inside bundle lines. */
function admissions(lines: OrderPaid["payload"]["lines"]): number {
  return lines.reduce(
    (n, l) =>
      n +
      (l.kind === "ticket"
        ? l.quantity
        : l.kind === "bundle"
          ? l.quantity *
            (l.components ?? []).filter((c) => c.kind === "ticket").reduce((s, c) => s + c.quantity, 0)
          : 0),
    0,
  );
}

export const eventSalesProjection: Subscriber = {
  name: NAME,
  purpose: "Count it in the event's sales figures",
  handles: ["OrderPaid"],
  async handle(event) {
    const p = event.payload as OrderPaid["payload"];
    await transaction(async (tx) => {
      await applyOnce(tx, NAME, event, () =>
        upsertSalesRow(tx, {
          eventId: p.eventId,
          brandId: event.metadata.brandId,
          currency: p.currency,
          orders: 1,
          tickets: admissions(p.lines),
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
