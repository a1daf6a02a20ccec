import QRCode from "qrcode";
import { countsForEvent, ticketsOfOrder } from "./infrastructure/tickets-repo";

export type TicketView = { id: string; code: string; productName: string; attendeeName: string; status: string; checkedInAt: Date | null; qrSvg: string };

export async function ticketsForOrder(orderId: string): Promise<TicketView[]> {
  const rows = await ticketsOfOrder(orderId);
  return Promise.all(
    rows.map(async (t) => ({ id: t.id, code: t.code, productName: t.productName, attendeeName: t.attendeeName, status: t.status, checkedInAt: t.checkedInAt, qrSvg: await QRCode.toString(t.code, { type: "svg", margin: 1, errorCorrectionLevel: "M" }) })),
  );
}

export async function ticketQrPng(code: string): Promise<Buffer> {
  return QRCode.toBuffer(code, { type: "png", margin: 1, width: 240, errorCorrectionLevel: "M" });
}

export const checkInCounts = countsForEvent;
