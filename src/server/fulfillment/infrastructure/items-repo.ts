import { db, type UnitOfWork, txOf } from "@/server/platform/db";
import type { FulfillmentKind, ItemStatus } from "../model/plan";

export type ItemRow = {
  id: string;
  brandId: string;
  eventId: string;
  orderId: string;
  orderLineId: string;
  componentId: string;
  seq: number;
  bundleUnit: number | null;
  kind: FulfillmentKind;
  productId: string;
  variantId: string | null;
  label: string;
  amountMinor: number;
  status: ItemStatus;
  ticketId: string | null;
  draws: Draws;
  bundleDraws: Draws;
};
type Draws = { poolId: string; units: number }[];
export type StoredItem = ItemRow & { shipmentId: string | null; refundId: string | null };

const toItem = (
  r: { kind: string; status: string; draws: unknown; bundleDraws: unknown } & Omit<
    StoredItem,
    "kind" | "status" | "draws" | "bundleDraws"
  >,
): StoredItem => ({
  ...r,
  kind: r.kind as FulfillmentKind,
  status: r.status as ItemStatus,
  draws: (r.draws as Draws) ?? [],
  bundleDraws: (r.bundleDraws as Draws) ?? [],
});

/** Inserts the items that do not exist yet (unique line + component + seq): planning twice adds nothing. */
export async function insertItems(uow: UnitOfWork, rows: ItemRow[]): Promise<number> {
  const r = await txOf(uow).fulfillmentItem.createMany({ data: rows, skipDuplicates: true });
  return r.count;
}

export async function itemsOfOrder(
  brandId: string,
  orderId: string,
  uow: UnitOfWork | null = null,
): Promise<StoredItem[]> {
  const rows = await (uow ? txOf(uow) : db()).fulfillmentItem.findMany({
    where: { brandId, orderId },
    orderBy: [{ orderLineId: "asc" }, { bundleUnit: "asc" }, { componentId: "asc" }, { seq: "asc" }],
  });
  return rows.map(toItem);
}

/** Locks all items of an order (refunds, shipments and returns of one order take turns). */
export async function lockItemsOfOrder(
  uow: UnitOfWork,
  brandId: string,
  orderId: string,
): Promise<StoredItem[]> {
  await txOf(uow)
    .$queryRaw`SELECT id FROM fulfillment_item WHERE order_id = ${orderId} AND brand_id = ${brandId} ORDER BY id FOR UPDATE`;
  return itemsOfOrder(brandId, orderId, uow);
}

export async function setItemsStatus(
  uow: UnitOfWork,
  brandId: string,
  ids: string[],
  status: ItemStatus,
  extra: { shipmentId?: string; refundId?: string } = {},
) {
  await txOf(uow).fulfillmentItem.updateMany({
    where: { brandId, id: { in: ids } },
    data: { status, ...extra },
  });
}

export async function voidTickets(uow: UnitOfWork, brandId: string, ticketIds: string[]) {
  if (ticketIds.length)
    await txOf(uow).ticket.updateMany({
      where: { brandId, id: { in: ticketIds } },
      data: { status: "void" },
    });
}

export async function insertShipment(
  uow: UnitOfWork,
  s: {
    id: string;
    brandId: string;
    orderId: string;
    carrier: string;
    trackingNumber: string;
    shippedAt: Date;
    shippedBy: string;
  },
) {
  await txOf(uow).shipment.create({ data: { ...s, status: "shipped" } });
}

export async function lockShipment(uow: UnitOfWork, brandId: string, shipmentId: string) {
  await txOf(uow)
    .$queryRaw`SELECT id FROM shipment WHERE id = ${shipmentId} AND brand_id = ${brandId} FOR UPDATE`;
  return txOf(uow).shipment.findFirst({ where: { id: shipmentId, brandId } });
}

export async function setShipmentDelivered(uow: UnitOfWork, brandId: string, shipmentId: string, at: Date) {
  await txOf(uow).shipment.updateMany({
    where: { id: shipmentId, brandId },
    data: { status: "delivered", deliveredAt: at },
  });
}

export async function shipmentsOfOrder(brandId: string, orderId: string) {
  return db().shipment.findMany({ where: { brandId, orderId }, orderBy: { shippedAt: "asc" } });
}

/** What waits to be shipped across a brand's events, oldest order first. */
export async function itemsToShip(brandId: string, filter: { productId?: string; variantId?: string }) {
  const rows = await db().fulfillmentItem.findMany({
    where: {
      brandId,
      kind: "shipment",
      status: "to_ship",
      ...(filter.productId ? { productId: filter.productId } : {}),
      ...(filter.variantId ? { variantId: filter.variantId } : {}),
    },
    orderBy: [{ createdAt: "asc" }, { orderId: "asc" }, { seq: "asc" }],
    take: 2000,
  });
  return rows.map(toItem);
}
