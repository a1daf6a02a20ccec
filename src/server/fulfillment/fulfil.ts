// FulfilOrder on OrderPaid: the order's fulfillment plan becomes items — tickets issued at once
// (one per admission, with a signed code), digital add-ons delivered, merch waiting to be shipped.
// Delivered at least once: items and tickets are unique per (line, component, seq), so a second
// delivery inserts nothing and issues nothing.
import { transaction, type UnitOfWork } from "@/server/platform/unit-of-work";
import { DomainError } from "@/server/platform/errors";
import { config } from "@/server/platform/config";
import { newId } from "@/server/platform/ids";
import { appendToStreams, type EventMetadata, type StreamAppend } from "@/server/eventlog";
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

/** What fulfilling one paid order writes: its items, its tickets, and the events saying so. */
function fulfilmentOf(order: PaidOrderFacts, drawsOf: DrawsOf, meta: EventMetadata) {
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
  const issued = tickets.filter((t): t is TicketRow => !!t);
  const planEvent: StreamAppend<FulfillmentEvent> = {
    streamId: `fulfillment-${order.orderId}`,
    expectedVersion: 0,
    events: [
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
    metadata: meta,
  };
  const ticketEvent: StreamAppend<FulfillmentEvent> = {
    streamId: `tickets-${order.orderId}`,
    expectedVersion: 0,
    events: [
      {
        type: "TicketsIssued",
        payload: {
          orderId: order.orderId,
          reference: order.reference,
          eventId: order.eventId,
          buyerName: order.buyerName,
          buyerEmail: order.buyerEmail,
          tickets: issued.map((r) => ({
            ticketId: r.id,
            productName: r.productName,
            attendeeName: r.attendeeName,
          })),
        },
      },
    ],
    metadata: meta,
  };
  return { rows, tickets: issued, planEvent, ticketEvent };
}

export async function fulfilOrder(
  order: PaidOrderFacts,
  drawsOf: DrawsOf,
  meta: EventMetadata,
): Promise<{ state: OrderFulfillmentState; issued: number }> {
  const { rows, tickets, planEvent, ticketEvent } = fulfilmentOf(order, drawsOf, meta);
  return transaction(async (tx) => {
    const fresh = await insertItems(tx, rows);
    const issued = fresh > 0 ? await insertTickets(tx, tickets) : 0;
    await appendToStreams<FulfillmentEvent>(tx, [
      ...(fresh > 0 ? [planEvent] : []),
      ...(issued > 0 ? [ticketEvent] : []),
    ]);
    const stored = await itemsOfOrder(meta.brandId, order.orderId, tx);
    return { state: orderStateFrom(stored.map((s) => s.status)), issued };
  });
}

/**
 * fulfilOrder for a batch of orders paid for the first time, in the caller's transaction: all
 * their items in one insert, their tickets in another, their events in a third. An order that
 * has items already (a redelivery) fails the whole batch with a conflict: its caller then takes
 * the orders one at a time, through fulfilOrder, which knows how to repeat nothing.
 */
export async function fulfilOrders(
  uow: UnitOfWork,
  paid: { order: PaidOrderFacts; drawsOf: DrawsOf; meta: EventMetadata }[],
): Promise<Map<string, OrderFulfillmentState>> {
  const each = paid.map((p) => ({ orderId: p.order.orderId, ...fulfilmentOf(p.order, p.drawsOf, p.meta) }));
  const rows = each.flatMap((e) => e.rows);
  const tickets = each.flatMap((e) => e.tickets);
  if (
    (await insertItems(uow, rows)) !== rows.length ||
    (await insertTickets(uow, tickets)) !== tickets.length
  )
    throw new DomainError("Conflict", "Some of these orders were fulfilled already.");
  await appendToStreams<FulfillmentEvent>(
    uow,
    each.flatMap((e) => (e.tickets.length > 0 ? [e.planEvent, e.ticketEvent] : [e.planEvent])),
  );
  return new Map(each.map((e) => [e.orderId, orderStateFrom(e.rows.map((r) => r.status))]));
}
