// The generator behind the exports bench: orders written straight into the tables and the log
// are counted by insights' projections like bought ones, exported to the cent, and — being
// history — given no tickets by fulfilment.
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/server/platform/db";
import * as checkout from "@/server/checkout";
import * as insights from "@/server/insights";
import { subscribers } from "@/server/workflows/subscriptions";
import { exportSources, startExport } from "@/server/workflows/exports";
import { dispatchUntil, weekendPackSetup } from "./fixtures";
import { placeOrderFlow } from "./edge";
import { LINE_COLUMNS } from "@/server/insights/model/export-table";
import { generateOrders } from "./generate-orders";

const cell = (header: string) => LINE_COLUMNS.findIndex((c) => c.header === header) + 1;

// Two batches, the second partial: what a 100,000-order bench does in 1,000s, in small.
const COUNT = 300;
const BATCH = 200;
let f: Awaited<ReturnType<typeof weekendPackSetup>>;
let orderIds: string[];
let expected: number;

beforeAll(async () => {
  f = await weekendPackSetup({ stock: 20, capacity: 100 });
  // A real order (left pending) gives the line templates: a weekend pack and a day ticket.
  const { orderId } = await placeOrderFlow({
    brandSlug: f.brand.slug,
    eventId: f.event.id,
    buyer: {
      name: "Template Fan",
      email: "template@example.com",
      address: { line1: "Kai 1", postalCode: "20457", city: "Hamburg", country: "Germany" },
    },
    lines: [f.packWithM, { productId: f.dayId, quantity: 1 }],
  });
  const real = await checkout.orderForBrand(f.brand.id, orderId);
  // The generator moves fulfilment and mail past its orders only once they have caught up.
  await dispatchUntil(subscribers, async () => true, 60_000);
  ({ orderIds } = await generateOrders({
    brandId: f.brand.id,
    eventId: f.event.id,
    currency: real.currency,
    lines: real.lines.map(({ lineId: _, ...line }) => line),
    count: COUNT,
    batch: BATCH,
    subscribers: subscribers.map((s) => s.name),
  }));
  const paid = await db().order.aggregate({ where: { id: { in: orderIds } }, _sum: { totalMinor: true } });
  expected = paid._sum.totalMinor!;
}, 120_000);

describe("generated orders", () => {
  it("are written with their lines, payments and log entries", async () => {
    expect(orderIds).toHaveLength(COUNT);
    expect(await db().orderLine.count({ where: { orderId: { in: orderIds } } })).toBe(COUNT);
    expect(await db().payment.count({ where: { orderId: { in: orderIds }, status: "succeeded" } })).toBe(
      COUNT,
    );
    expect(
      await db().storedEvent.count({
        where: { type: "OrderPaid", payload: { path: ["eventId"], equals: f.event.id } },
      }),
    ).toBe(COUNT);
  });

  it("are counted by insights' projections to the cent, and get no tickets", async () => {
    const everything = { from: new Date("2000-01-01T00:00:00Z"), to: new Date("2100-01-01T00:00:00Z") };
    const scope = { brandId: f.brand.id, eventId: f.event.id };
    const gross = async () => (await insights.headlineFigures(scope, everything))[0]?.gross ?? 0;
    await dispatchUntil(subscribers, async () => (await gross()) === expected, 200_000);
    expect(await gross()).toBe(expected);
    expect(await db().ticket.count({ where: { orderId: { in: orderIds } } })).toBe(0);
  }, 240_000);

  it("export as XLSX with every bundle's parts adding up", async () => {
    const { exportId } = await startExport(
      f.actor,
      f.brand,
      { kind: "lines", format: "xlsx", eventId: f.event.id },
      new Date(),
    );
    await insights.buildExport(exportId, exportSources, () => new Date());
    const file = await insights.exportFile(f.brand.id, exportId);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await new Response(file.stream).arrayBuffer()) as ArrayBuffer);
    let lines = 0;
    let parts = 0;
    book.worksheets[0]!.eachRow((row, n) => {
      if (n === 1 || row.getCell(cell("Order status")).value !== "paid") return;
      const total = row.getCell(cell("Total (minor units)")).value as number;
      if (row.getCell(cell("Row")).value === "line") lines += total;
      else parts += total;
    });
    expect(lines).toBe(expected);
    const bundles = await db().orderLine.aggregate({
      where: { orderId: { in: orderIds }, kind: "bundle" },
      _sum: { totalMinor: true },
    });
    expect(parts).toBe(bundles._sum.totalMinor);
  });
});
