import { transaction } from "@/server/platform/unit-of-work";
import { config } from "@/server/platform/config";
import { newId } from "@/server/platform/ids";
import type { Actor } from "@/server/platform/metadata";
import { metadataFor } from "@/server/platform/metadata";
import { appendToStream, type EventMetadata } from "@/server/eventlog";
import { ticketCode, verifyTicketCode } from "./model/ticket-code";
import { explainRefusal, UNKNOWN, type CheckInResult } from "./model/check-in";
import { checkInIfValid, findTicketForDoor, insertTickets, type TicketRow } from "./infrastructure/tickets-repo";

export type PaidOrderFacts = {
  orderId: string; reference: string; eventId: string; buyerName: string; buyerEmail: string;
  lines: { lineId: string; productName: string; kind: string; quantity: number; components?: { productName: string; kind: string; quantity: number }[] }[];
};

/**
 * Tickets to issue for a paid order: one per admission — per unit of a ticket line, and per
 * ticket inside each unit of a bundle line ("Day ticket · Weekend pack"). Merch and add-ons
 * are delivered otherwise (shipments: issue 5).
 */
export function planTickets(order: PaidOrderFacts, brandId: string, key: string, makeId: () => string): TicketRow[] {
  return order.lines.flatMap((l) => {
    const admissions: string[] =
      l.kind === "ticket"
        ? Array.from({ length: l.quantity }, () => l.productName)
        : l.kind === "bundle"
          ? Array.from({ length: l.quantity }, () => (l.components ?? []).filter((c) => c.kind === "ticket").flatMap((c) => Array.from({ length: c.quantity }, () => `${c.productName} · ${l.productName}`))).flat()
          : [];
    return admissions.map((productName, seq) => {
      const id = makeId();
      return { id, brandId, eventId: order.eventId, orderId: order.orderId, orderLineId: l.lineId, seq, productName, attendeeName: order.buyerName, code: ticketCode(id, key) };
    });
  });
}

/** IssueTickets on OrderPaid. Delivered at least once; tickets are issued once (unique line + seq). */
export async function issueTickets(order: PaidOrderFacts, meta: EventMetadata): Promise<{ issued: number }> {
  const rows = planTickets(order, meta.brandId, config().TICKET_SIGNING_KEY, () => newId("tkt"));
  return transaction(async (tx) => {
    const issued = await insertTickets(tx, rows);
    if (issued > 0) {
      await appendToStream(tx, `tickets-${order.orderId}`, 0, [
        { type: "TicketsIssued", payload: { orderId: order.orderId, reference: order.reference, eventId: order.eventId, buyerName: order.buyerName, buyerEmail: order.buyerEmail, tickets: rows.map((r) => ({ ticketId: r.id, productName: r.productName, attendeeName: r.attendeeName })) } },
      ], meta);
    }
    return { issued };
  });
}

/** CheckIn at the door. A code that does not verify is refused before any database read. */
export async function checkIn(actor: Actor, brandId: string, event: { id: string; timeZone: string }, rawCode: string, now: Date): Promise<CheckInResult> {
  const ticketId = verifyTicketCode(rawCode, config().TICKET_SIGNING_KEY);
  if (!ticketId) return UNKNOWN;
  const won = await transaction(async (tx) => {
    const row = await checkInIfValid(tx, ticketId, brandId, event.id, actor.label, now);
    if (row) {
      await appendToStream(tx, `ticket-${ticketId}`, "any", [{ type: "TicketCheckedIn", payload: { ticketId, eventId: event.id, orderId: row.order_id, by: actor.label } }], metadataFor(actor, brandId));
    }
    return row;
  });
  if (won) return { result: "valid", message: "Valid — checked in.", attendeeName: won.attendee_name, productName: won.product_name };
  return explainRefusal(await findTicketForDoor(ticketId, brandId), event.id, event.timeZone);
}
