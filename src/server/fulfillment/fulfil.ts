// FulfilOrder on OrderPaid: the order's fulfillment plan becomes items — tickets issued at once
// (one per admission, with a signed code), digital add-ons delivered, merch waiting to be shipped.
// Delivered at least once: items and tickets are unique per (line, component, seq), so a second
// delivery inserts nothing and issues nothing.
import { transaction } from "@/server/platform/unit-of-work";
import { config } from "@/server/platform/config";
import { newId } from "@/server/platform/ids";
import { appendToStream, type EventMetadata } from "@/server/eventlog";
import { ticketCode } from "./model/ticket-code";
import {
  firstStatus,
  orderStateFrom,
  planFulfillment,
  type OrderFulfillmentState,
  type PaidLine,
} from "./model/plan";
import { insertItems, itemsOfOrder, type ItemRow } from "./infrastructure/items-repo";
import { insertTickets, type TicketRow } from "./infrastructure/tickets-repo";
import type { FulfillmentEvent } from "./events";

export type PaidOrderFacts = {
  orderId: string;
  reference: string;
  eventId: string;
  buyerName: string;
  buyerEmail: string;
  lines: PaidLine[];
  attendees?: Record<string, string[]>;
};
type DrawsOf = (productId: string, variantId: string | null) => { poolId: string; units: number }[];

/** Tickets for the plan's ticket items: numbered per line (seq), named by their item's label. */
function ticketsFor(
  items: ReturnType<typeof planFulfillment>,
  order: PaidOrderFacts,
  brandId: string,
  key: string,
) {
  const perLine = new Map<string, number>();
  return items.map((item) => {
    if (item.kind !== "ticket") return null;
    const seq = perLine.get(item.lineId) ?? 0;
    perLine.set(item.lineId, seq + 1);
    // The name checkout took for this line's seq-th ticket (same plan, same order); else the buyer's.
    const attendeeName = order.attendees?.[item.lineId]?.[seq]?.trim() || order.buyerName;
    const id = newId("tkt");
    const row: TicketRow = {
      id,
      brandId,
      eventId: order.eventId,
      orderId: order.orderId,
      orderLineId: item.lineId,
      seq,
      productName: item.label,
      attendeeName,
      code: ticketCode(id, key),
    };
    return row;
  });
}

export async function fulfilOrder(
  order: PaidOrderFacts,
  drawsOf: DrawsOf,
  meta: EventMetadata,
): Promise<{ state: OrderFulfillmentState; issued: number }> {
  const planned = planFulfillment(order.lines);
  const tickets = ticketsFor(planned, order, meta.brandId, config().TICKET_SIGNING_KEY);
  const rows: ItemRow[] = planned.map((p, i) => ({
    id: newId("fit_"),
    brandId: meta.brandId,
    eventId: order.eventId,
    orderId: order.orderId,
    orderLineId: p.lineId,
    componentId: p.componentId,
    seq: p.seq,
    bundleUnit: p.bundleUnit,
    kind: p.kind,
    productId: p.productId,
    variantId: p.variantId,
    label: p.label,
    amountMinor: p.amount,
    status: firstStatus(p.kind),
    ticketId: tickets[i]?.id ?? null,
    draws: drawsOf(p.productId, p.variantId),
    bundleDraws:
      p.bundleUnit === null ? [] : drawsOf(order.lines.find((l) => l.lineId === p.lineId)!.productId, null),
  }));
  return transaction(async (tx) => {
    const fresh = await insertItems(tx, rows);
    const issued =
      fresh > 0
        ? await insertTickets(
            tx,
            tickets.filter((t): t is TicketRow => !!t),
          )
        : 0;
    if (fresh > 0) {
      await appendToStream<FulfillmentEvent>(
        tx,
        `fulfillment-${order.orderId}`,
        0,
        [
          {
            type: "FulfillmentPlanned",
            payload: {
              orderId: order.orderId,
              items: rows.map((r) => ({
                itemId: r.id,
                kind: r.kind,
                label: r.label,
                amount: r.amountMinor,
                status: r.status,
                lineId: r.orderLineId,
                componentId: r.componentId,
              })),
            },
          },
        ],
        meta,
      );
    }
    if (issued > 0) {
      const t = tickets.filter((x): x is TicketRow => !!x);
      await appendToStream<FulfillmentEvent>(
        tx,
        `tickets-${order.orderId}`,
        0,
        [
          {
            type: "TicketsIssued",
            payload: {
              orderId: order.orderId,
              reference: order.reference,
              eventId: order.eventId,
              buyerName: order.buyerName,
              buyerEmail: order.buyerEmail,
              tickets: t.map((r) => ({
                ticketId: r.id,
                productName: r.productName,
                attendeeName: r.attendeeName,
              })),
            },
          },
        ],
        meta,
      );
    }
    const stored = await itemsOfOrder(meta.brandId, order.orderId, tx);
    return { state: orderStateFrom(stored.map((s) => s.status)), issued };
  });
}
