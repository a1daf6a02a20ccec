import { db, type UnitOfWork, txOf } from "@/server/platform/db";
import type { TicketAtDoor } from "../model/check-in";

export type TicketRow = {
  id: string;
  brandId: string;
  eventId: string;
  orderId: string;
  orderLineId: string;
  seq: number;
  productName: string;
  attendeeName: string;
  code: string;
};

/**
 * Inserts the tickets that do not exist yet; returns how many were new. Unique (line, seq) makes it
 * idempotent.
 */
export async function insertTickets(uow: UnitOfWork, rows: TicketRow[]): Promise<number> {
  const r = await txOf(uow).ticket.createMany({ data: rows, skipDuplicates: true });
  return r.count;
}

export async function ticketsOfOrder(brandId: string, orderId: string) {
  return db().ticket.findMany({
    where: { brandId, orderId },
    orderBy: [{ orderLineId: "asc" }, { seq: "asc" }],
  });
}

export async function ticketsOfOrders(brandId: string, orderIds: string[]) {
  return db().ticket.findMany({
    where: { brandId, orderId: { in: orderIds } },
    orderBy: [{ orderId: "asc" }, { orderLineId: "asc" }, { seq: "asc" }],
  });
}

/** The race-free check-in: exactly one caller flips checked_in_at from NULL. */
export async function checkInIfValid(
  uow: UnitOfWork,
  ticketId: string,
  brandId: string,
  eventId: string,
  by: string,
  at: Date,
) {
  const rows = await txOf(uow).$queryRaw<{ order_id: string; attendee_name: string; product_name: string }[]>`
    UPDATE ticket SET checked_in_at = ${at}, checked_in_by = ${by}
    WHERE id = ${ticketId} AND brand_id = ${brandId} AND event_id = ${eventId} AND status = 'valid' AND checked_in_at IS NULL
    RETURNING order_id, attendee_name, product_name`;
  return rows[0] ?? null;
}

export async function findTicketForDoor(ticketId: string, brandId: string): Promise<TicketAtDoor | null> {
  const t = await db().ticket.findFirst({ where: { id: ticketId, brandId } });
  return t
    ? {
        id: t.id,
        eventId: t.eventId,
        status: t.status as "valid" | "void",
        checkedInAt: t.checkedInAt,
        checkedInBy: t.checkedInBy,
        attendeeName: t.attendeeName,
        productName: t.productName,
      }
    : null;
}

export async function countsForEvent(brandId: string, eventId: string) {
  const rows = await db().$queryRaw<{ product_name: string; expected: bigint; checked_in: bigint }[]>`
    SELECT product_name, count(*) AS expected, count(checked_in_at) AS checked_in FROM ticket
    WHERE brand_id = ${brandId} AND event_id = ${eventId} AND status = 'valid' GROUP BY product_name ORDER BY product_name`;
  const perProduct = rows.map((r) => ({
    productName: r.product_name,
    expected: Number(r.expected),
    checkedIn: Number(r.checked_in),
  }));
  return {
    expected: perProduct.reduce((n, p) => n + p.expected, 0),
    checkedIn: perProduct.reduce((n, p) => n + p.checkedIn, 0),
    perProduct,
  };
}

/** Undo a check-in (the wrong person was let in, or a scan by mistake): only a checked-in, valid ticket. */
export async function clearCheckIn(uow: UnitOfWork, ticketId: string, brandId: string, eventId: string) {
  const rows = await txOf(uow).$queryRaw<{ order_id: string }[]>`
    UPDATE ticket SET checked_in_at = NULL, checked_in_by = NULL
    WHERE id = ${ticketId} AND brand_id = ${brandId} AND event_id = ${eventId} AND checked_in_at IS NOT NULL
    RETURNING order_id`;
  return rows[0] ?? null;
}

export type Attendee = {
  ticketId: string;
  attendeeName: string;
  productName: string;
  orderId: string;
  status: string;
  checkedInAt: Date | null;
  checkedInBy: string | null;
};

export async function ticketsOfEvent(brandId: string, eventId: string): Promise<Attendee[]> {
  const rows = await db().ticket.findMany({
    where: { brandId, eventId },
    orderBy: [{ attendeeName: "asc" }, { createdAt: "asc" }],
    take: 20_000,
  });
  return rows.map((t) => ({
    ticketId: t.id,
    attendeeName: t.attendeeName,
    productName: t.productName,
    orderId: t.orderId,
    status: t.status,
    checkedInAt: t.checkedInAt,
    checkedInBy: t.checkedInBy,
  }));
}

/** A brand's tickets (of one event, or all) for an export. */
type TicketScope = { brandId: string; eventId: string | null };
const ticketsIn = (s: TicketScope) => ({ brandId: s.brandId, ...(s.eventId ? { eventId: s.eventId } : {}) });

export async function countTicketsIn(s: TicketScope): Promise<number> {
  return db().ticket.count({ where: ticketsIn(s) });
}

/** The next `limit` tickets in id order after `afterId` (keyset), as the attendee list shows them. */
export async function ticketPage(s: TicketScope, afterId: string | null, limit: number) {
  const rows = await db().ticket.findMany({
    where: { ...ticketsIn(s), ...(afterId ? { id: { gt: afterId } } : {}) },
    orderBy: { id: "asc" },
    take: limit,
  });
  return rows.map((t) => ({
    id: t.id,
    attendeeName: t.attendeeName,
    productName: t.productName,
    orderId: t.orderId,
    status: t.status,
    checkedInAt: t.checkedInAt,
    checkedInBy: t.checkedInBy,
  }));
}
