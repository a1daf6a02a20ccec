import { db, transaction, type UnitOfWork, txOf } from "@/server/platform/db";
import { appendToStream, type EventMetadata } from "@/server/eventlog";
import type { EventInput, EventStatus } from "../model/event";
import type { OfferingEvent } from "../events";

export type EventRecord = {
  id: string; brandId: string; slug: string; name: string; venue: string; description: string;
  startsAt: Date; endsAt: Date; timeZone: string; status: EventStatus;
};
export type ProductRecord = { id: string; eventId: string; kind: string; name: string; maxPerOrder: number };

const eventSelect = { id: true, brandId: true, slug: true, name: true, venue: true, description: true, startsAt: true, endsAt: true, timeZone: true, status: true } as const;

export async function slugTaken(brandId: string, slug: string): Promise<boolean> {
  return (await db().event.count({ where: { brandId, slug } })) > 0;
}

export async function insertEvent(id: string, brandId: string, slug: string, input: EventInput, events: OfferingEvent[], meta: EventMetadata) {
  await transaction(async (tx) => {
    await tx.event.create({ data: { id, brandId, slug, name: input.name, venue: input.venue, description: input.description, startsAt: input.startsAt, endsAt: input.endsAt, timeZone: input.timeZone } });
    await appendToStream(tx, `event-${id}`, 0, events, meta);
  });
}

export async function findEvent(brandId: string, eventId: string): Promise<(EventRecord & { products: ProductRecord[] }) | null> {
  const e = await db().event.findFirst({ where: { id: eventId, brandId }, select: { ...eventSelect, products: { orderBy: { createdAt: "asc" } } } });
  return e ? { ...e, status: e.status as EventStatus } : null;
}

export async function findEventBySlug(brandId: string, slug: string) {
  const e = await db().event.findUnique({ where: { brandId_slug: { brandId, slug } }, select: { ...eventSelect, products: { orderBy: { createdAt: "asc" } } } });
  return e ? { ...e, status: e.status as EventStatus } : null;
}

export async function listEvents(brandId: string, onlyPublished: boolean): Promise<EventRecord[]> {
  const rows = await db().event.findMany({ where: { brandId, ...(onlyPublished ? { status: "published" } : {}) }, orderBy: { startsAt: "asc" }, select: eventSelect });
  return rows.map((e) => ({ ...e, status: e.status as EventStatus }));
}

export async function findProducts(brandId: string, productIds: string[]): Promise<ProductRecord[]> {
  return db().product.findMany({ where: { brandId, id: { in: productIds } } });
}

/** Locks the event row so "publish" and "add product" see one consistent state. */
export async function lockEventState(uow: UnitOfWork, brandId: string, eventId: string): Promise<{ status: EventStatus; productCount: number } | null> {
  const rows = await txOf(uow).$queryRaw<{ status: string }[]>`SELECT status FROM "event" WHERE id = ${eventId} AND brand_id = ${brandId} FOR UPDATE`;
  if (!rows[0]) return null;
  const productCount = await txOf(uow).product.count({ where: { eventId } });
  return { status: rows[0].status as EventStatus, productCount };
}

export async function setPublished(uow: UnitOfWork, eventId: string, at: Date) {
  await txOf(uow).event.update({ where: { id: eventId }, data: { status: "published", publishedAt: at } });
}

export async function insertProduct(uow: UnitOfWork, p: { id: string; brandId: string; eventId: string; kind: "ticket"; name: string; maxPerOrder: number }) {
  await txOf(uow).product.create({ data: p });
}
