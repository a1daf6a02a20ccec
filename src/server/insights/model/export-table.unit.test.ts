import { describe, expect, it } from "vitest";
import {
  LINE_COLUMNS,
  ORDER_COLUMNS,
  attendeeRows,
  lineRows,
  orderRows,
  refundRows,
  type ExportAttendee,
  type ExportOrder,
} from "./export-table";

const pack = {
  lineId: "line_pack",
  productId: "prod_pack",
  productName: "Weekend pack",
  variantId: null,
  variantName: null,
  kind: "bundle",
  quantity: 2,
  unitPrice: 8999,
  discount: 0,
  tax: 2874,
  total: 17998,
  selection: null,
  allocation: [
    { componentId: "c_day", amount: 14000, tax: 2235 },
    { componentId: "c_shirt", amount: 3998, tax: 639 },
  ],
  components: [
    {
      componentId: "c_day",
      productId: "prod_day",
      productName: "Day ticket",
      variantId: null,
      variantName: null,
      kind: "ticket",
      quantity: 2,
    },
    {
      componentId: "c_shirt",
      productId: "prod_shirt",
      productName: "T-shirt",
      variantId: "var_m",
      variantName: "M",
      kind: "merch",
      quantity: 1,
    },
  ],
};

const order: ExportOrder = {
  id: "ord_1",
  reference: "MQ-7K3F9A2B",
  status: "fulfilled",
  eventId: "evt_1",
  channel: "shop",
  buyerName: "=cmd|' /C calc'!A0",
  buyerEmail: "frida@example.com",
  promoCode: null,
  currency: "EUR",
  subtotalMinor: 20498,
  discountMinor: 0,
  taxMinor: 3273,
  totalMinor: 20498,
  createdAt: new Date("2026-11-30T10:00:00Z"),
  paidAt: new Date("2026-11-30T10:01:00Z"),
  lines: [
    pack,
    {
      ...pack,
      lineId: "line_day",
      productId: "prod_day",
      productName: "Day ticket",
      kind: "ticket",
      quantity: 1,
      unitPrice: 2500,
      tax: 399,
      total: 2500,
      allocation: [],
      components: [],
    },
  ],
};

const column = (columns: { header: string }[], header: string) =>
  columns.findIndex((c) => c.header === header);

describe("an order in the orders export", () => {
  it("is one row with every amount in minor units and as a decimal, beside its currency", () => {
    const [row] = orderRows(order);
    expect(row).toHaveLength(ORDER_COLUMNS.length);
    expect(row![column(ORDER_COLUMNS, "Total (minor units)")]).toBe(20498);
    expect(row![column(ORDER_COLUMNS, "Total")]).toBe("204.98");
    expect(row![column(ORDER_COLUMNS, "Currency")]).toBe("EUR");
    // The buyer's name is kept as typed; the writers defuse it (CSV) or keep it a string (XLSX).
    expect(row![column(ORDER_COLUMNS, "Buyer")]).toBe("=cmd|' /C calc'!A0");
  });
});

describe("an order with a bundle in the order lines export", () => {
  const rows = lineRows(order);
  const total = column(LINE_COLUMNS, "Total (minor units)");
  const kind = column(LINE_COLUMNS, "Row");

  it("gives a row per line and, after the bundle, a row per part", () => {
    expect(rows.map((r) => [r[kind], r[column(LINE_COLUMNS, "Product")]])).toEqual([
      ["line", "Weekend pack"],
      ["part of bundle", "Day ticket"],
      ["part of bundle", "T-shirt"],
      ["line", "Day ticket"],
    ]);
  });

  it("splits the bundle's total into parts that add up to it, to the cent", () => {
    const parts = rows.filter((r) => r[kind] === "part of bundle");
    expect(parts.reduce((sum, r) => sum + (r[total] as number), 0)).toBe(pack.total);
    expect(parts.map((r) => r[column(LINE_COLUMNS, "Quantity")])).toEqual([4, 2]);
    expect(parts[1]![column(LINE_COLUMNS, "In bundle")]).toBe("Weekend pack");
  });

  it("adds up to the order's total over the lines alone", () => {
    const lines = rows.filter((r) => r[kind] === "line");
    expect(lines.reduce((sum, r) => sum + (r[total] as number), 0)).toBe(order.totalMinor);
  });
});

describe("a refund in the payments export", () => {
  it("shows what went back and the fee kept, each in minor units and as a decimal", () => {
    const [row] = refundRows({
      id: "ref_1",
      orderReference: "MQ-1",
      status: "succeeded",
      amountMinor: 1999,
      feeMinor: 100,
      currency: "EUR",
      reason: "organizer",
      createdAt: new Date(),
      settledAt: null,
    });
    expect(row!.slice(0, 12)).toEqual([
      "refund",
      "MQ-1",
      "ref_1",
      null,
      "succeeded",
      "EUR",
      1999,
      "19.99",
      null,
      null,
      100,
      "1.00",
    ]);
  });
});

describe("a ticket in the attendees export", () => {
  const ticket: ExportAttendee = {
    id: "tkt_1",
    attendeeName: "Frida",
    productName: "Day ticket",
    orderReference: "MQ-1",
    buyerEmail: "frida@example.com",
    status: "valid",
    checkedInAt: null,
    checkedInBy: null,
  };
  it("says in words whether the attendee is expected, checked in or refunded", () => {
    const at = new Date("2026-12-05T19:02:00Z");
    expect(attendeeRows(ticket)[0]![4]).toBe("expected");
    expect(
      attendeeRows({ ...ticket, checkedInAt: at, checkedInBy: "door@example.com" })[0]!.slice(4, 7),
    ).toEqual(["checked in", at, "door@example.com"]);
    expect(attendeeRows({ ...ticket, status: "void" })[0]![4]).toBe("refunded");
  });
});
