import QRCode from "qrcode";
import { qrPng } from "./qr-png";
import { countsForEvent, ticketsOfOrder, ticketsOfOrders } from "./infrastructure/tickets-repo";
import { itemsOfOrder, itemsToShip, shipmentsOfOrder, type StoredItem } from "./infrastructure/items-repo";

export type TicketView = {
  id: string;
  /** The order line it was issued for: its name is that line's item label. */
  orderLineId: string;
  code: string;
  productName: string;
  attendeeName: string;
  status: string;
  checkedInAt: Date | null;
  qrSvg: string;
};

/** A ticket as its documents (the PDF, the e-mail) print it: they draw its QR code themselves. */
export type TicketDocument = Omit<TicketView, "qrSvg">;

const documentOf = (t: Awaited<ReturnType<typeof ticketsOfOrders>>[number]): TicketDocument => ({
  id: t.id,
  orderLineId: t.orderLineId,
  code: t.code,
  productName: t.productName,
  attendeeName: t.attendeeName,
  status: t.status,
  checkedInAt: t.checkedInAt,
});

export async function ticketsForOrder(brandId: string, orderId: string): Promise<TicketView[]> {
  const rows = await ticketsOfOrder(brandId, orderId);
  return Promise.all(
    rows.map(async (t) => ({
      ...documentOf(t),
      qrSvg: await QRCode.toString(t.code, { type: "svg", margin: 1, errorCorrectionLevel: "M" }),
    })),
  );
}

/** The tickets of a batch of orders, by order, in each order's line and seq order. */
export async function ticketDocumentsOf(
  brandId: string,
  orderIds: string[],
): Promise<Map<string, TicketDocument[]>> {
  const byOrder = new Map<string, TicketDocument[]>(orderIds.map((id) => [id, []]));
  for (const t of await ticketsOfOrders(brandId, orderIds)) byOrder.get(t.orderId)?.push(documentOf(t));
  return byOrder;
}

/** A ticket's QR code as a PNG (qr-png.ts: drawn directly, cheaply enough for a rush). */
export async function ticketQrPng(code: string, width = 240): Promise<Buffer> {
  return qrPng(code, width);
}

export const checkInCounts = countsForEvent;

export type ItemView = Pick<
  StoredItem,
  | "id"
  | "orderLineId"
  | "componentId"
  | "bundleUnit"
  | "kind"
  | "productId"
  | "variantId"
  | "label"
  | "amountMinor"
  | "status"
  | "ticketId"
  | "shipmentId"
  | "refundId"
>;

/** What an order delivers, item by item (none until it is paid). */
export async function itemsForOrder(brandId: string, orderId: string): Promise<ItemView[]> {
  return (await itemsOfOrder(brandId, orderId)).map(
    ({ draws: _d, bundleDraws: _b, brandId: _br, eventId: _e, orderId: _o, seq: _s, ...view }) => view,
  );
}

export const shipmentsForOrder = shipmentsOfOrder;

/** The "to ship" list: merch waiting across the brand's events, optionally one product or variant. */
export async function toShip(brandId: string, filter: { productId?: string; variantId?: string } = {}) {
  return (await itemsToShip(brandId, filter)).map((i) => ({
    id: i.id,
    orderId: i.orderId,
    eventId: i.eventId,
    productId: i.productId,
    variantId: i.variantId,
    label: i.label,
  }));
}
