// What each export holds: its columns and how one order, payment, refund or ticket becomes rows.
// Every amount is two columns — integer minor units and the decimal — beside the row's currency;
// nothing is summed across rows, so nothing is summed across currencies.
import { z } from "zod";
import type { OrderRecord } from "@/server/checkout";
import { decimal, type CellValue, type Column } from "./export-cells";
import { componentFigures } from "./sales-facts";

export const EXPORT_KINDS = ["orders", "lines", "payments", "attendees"] as const;
export type ExportKind = (typeof EXPORT_KINDS)[number];
export const EXPORT_FORMATS = ["csv", "xlsx"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** What the organizer asks for: a kind, a format, and one event or (null) every event of the brand. */
export const exportRequestInput = z.object({
  kind: z.enum(EXPORT_KINDS, "Choose what to export"),
  format: z.enum(EXPORT_FORMATS, "Choose CSV or XLSX"),
  eventId: z
    .string()
    .trim()
    .max(64)
    .transform((s) => s || null)
    .nullable(),
});
export type ExportRequest = z.output<typeof exportRequestInput>;

/** Human words for the Studio: what each kind holds. */
export const EXPORT_KIND_LABELS: Record<ExportKind, string> = {
  orders: "Orders",
  lines: "Order lines, bundles split into their parts",
  payments: "Payments and refunds",
  attendees: "Attendees and check-ins",
};

/** An order as the export reads it (checkout's record of it). */
export type ExportOrder = Pick<
  OrderRecord,
  | "id"
  | "reference"
  | "status"
  | "eventId"
  | "channel"
  | "buyerName"
  | "buyerEmail"
  | "promoCode"
  | "currency"
  | "subtotalMinor"
  | "discountMinor"
  | "taxMinor"
  | "totalMinor"
  | "createdAt"
  | "paidAt"
  | "lines"
>;

export type ExportPayment = {
  id: string;
  orderReference: string;
  provider: string;
  status: string;
  amountMinor: number;
  refundedMinor: number;
  currency: string;
  createdAt: Date;
  settledAt: Date | null;
};

export type ExportRefund = {
  id: string;
  orderReference: string;
  status: string;
  amountMinor: number;
  feeMinor: number;
  currency: string;
  reason: string;
  createdAt: Date;
  settledAt: Date | null;
};

export type ExportAttendee = {
  id: string;
  attendeeName: string;
  productName: string;
  orderReference: string;
  buyerEmail: string;
  /** The ticket's status: valid, or void once refunded. */
  status: string;
  checkedInAt: Date | null;
  checkedInBy: string | null;
};

export type Row = CellValue[];

const text = (header: string, width = 18): Column => ({ header, type: "text", width });
const int = (header: string): Column => ({ header, type: "int", width: 12 });
const time = (header: string): Column => ({ header, type: "time", width: 22 });
/** An amount: its minor units and its decimal, side by side. */
const amount = (header: string): Column[] => [
  { header: `${header} (minor units)`, type: "int", width: 14 },
  { header, type: "decimal", width: 12 },
];
const money = (minor: number | null, currency: string): CellValue[] =>
  minor === null ? [null, null] : [minor, decimal(minor, currency)];

export const ORDER_COLUMNS: Column[] = [
  text("Order"),
  text("Status", 12),
  text("Event id", 28),
  text("Channel", 14),
  text("Buyer", 24),
  text("Buyer e-mail", 30),
  text("Promo code", 14),
  text("Currency", 10),
  ...amount("Subtotal"),
  ...amount("Discount"),
  ...amount("Tax"),
  ...amount("Total"),
  time("Placed at"),
  time("Paid at"),
];

export function orderRows(o: ExportOrder): Row[] {
  return [
    [
      o.reference,
      o.status,
      o.eventId,
      o.channel,
      o.buyerName,
      o.buyerEmail,
      o.promoCode,
      o.currency,
      ...money(o.subtotalMinor, o.currency),
      ...money(o.discountMinor, o.currency),
      ...money(o.taxMinor, o.currency),
      ...money(o.totalMinor, o.currency),
      o.createdAt,
      o.paidAt,
    ],
  ];
}

export const LINE_COLUMNS: Column[] = [
  text("Order"),
  text("Order status", 12),
  text("Line id", 28),
  text("Row", 16),
  text("Product", 28),
  text("Variant", 14),
  text("Kind", 10),
  int("Quantity"),
  text("Currency", 10),
  ...amount("Unit price"),
  ...amount("Discount"),
  ...amount("Tax"),
  ...amount("Total"),
  text("In bundle", 28),
];

/**
 * One row per order line; a bundle line is followed by one row per component with its share of
 * the bundle's price ("part of bundle"). Those shares add up to the bundle line's total, so a sum
 * of the totals counts either the lines or the parts, never both.
 */
export function lineRows(o: ExportOrder): Row[] {
  const rows: Row[] = [];
  for (const line of o.lines) {
    rows.push([
      o.reference,
      o.status,
      line.lineId,
      "line",
      line.productName,
      line.variantName,
      line.kind,
      line.quantity,
      o.currency,
      ...money(line.unitPrice, o.currency),
      ...money(line.discount, o.currency),
      ...money(line.tax, o.currency),
      ...money(line.total, o.currency),
      null,
    ]);
    const parts = componentFigures(line);
    for (const [i, part] of parts.entries()) {
      const component = line.components[i]!;
      rows.push([
        o.reference,
        o.status,
        line.lineId,
        "part of bundle",
        component.productName,
        component.variantName,
        component.kind,
        part.units,
        o.currency,
        ...money(null, o.currency),
        ...money(null, o.currency),
        ...money(part.tax, o.currency),
        ...money(part.revenue, o.currency),
        line.productName,
      ]);
    }
  }
  return rows;
}

export const PAYMENT_COLUMNS: Column[] = [
  text("Row", 10),
  text("Order"),
  text("Id", 28),
  text("Provider", 12),
  text("Status", 12),
  text("Currency", 10),
  ...amount("Amount"),
  ...amount("Refunded"),
  ...amount("Fee kept"),
  text("Reason", 24),
  time("Created at"),
  time("Settled at"),
];

export function paymentRows(p: ExportPayment): Row[] {
  return [
    [
      "payment",
      p.orderReference,
      p.id,
      p.provider,
      p.status,
      p.currency,
      ...money(p.amountMinor, p.currency),
      ...money(p.refundedMinor, p.currency),
      ...money(null, p.currency),
      null,
      p.createdAt,
      p.settledAt,
    ],
  ];
}

/** A refund: its amount is what goes back to the fan; the fee is what the brand kept. */
export function refundRows(r: ExportRefund): Row[] {
  return [
    [
      "refund",
      r.orderReference,
      r.id,
      null,
      r.status,
      r.currency,
      ...money(r.amountMinor, r.currency),
      ...money(null, r.currency),
      ...money(r.feeMinor, r.currency),
      r.reason,
      r.createdAt,
      r.settledAt,
    ],
  ];
}

export const ATTENDEE_COLUMNS: Column[] = [
  text("Attendee", 24),
  text("Ticket", 24),
  text("Order"),
  text("Buyer e-mail", 30),
  text("Status", 12),
  time("Checked in at"),
  text("Checked in by", 24),
  text("Ticket id", 28),
];

export function attendeeRows(a: ExportAttendee): Row[] {
  const status = a.status === "void" ? "refunded" : a.checkedInAt ? "checked in" : "expected";
  return [
    [
      a.attendeeName,
      a.productName,
      a.orderReference,
      a.buyerEmail,
      status,
      a.checkedInAt,
      a.checkedInBy,
      a.id,
    ],
  ];
}

export const EXPORT_COLUMNS: Record<ExportKind, Column[]> = {
  orders: ORDER_COLUMNS,
  lines: LINE_COLUMNS,
  payments: PAYMENT_COLUMNS,
  attendees: ATTENDEE_COLUMNS,
};
