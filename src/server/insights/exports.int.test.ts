// Exports read back: a seeded event (tickets, weekend packs split into their parts, a partial and
// a whole refund, a buyer whose name is a formula) is exported by the job as CSV and XLSX, a few
// rows a page; the files, read back, add up to the order tables to the cent. Another brand's
// owner can neither start, list nor download this brand's exports.
import { randomBytes } from "node:crypto";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/server/platform/db";
import * as checkout from "@/server/checkout";
import * as fulfillment from "@/server/fulfillment";
import { subscribers } from "@/server/workflows/subscriptions";
import { exportSources, startExport } from "@/server/workflows/exports";
import { taskList } from "@/server/workflows/tasks";
import { dispatchUntil, organizerWithEvent, weekendPackSetup } from "@/test/fixtures";
import { placeOrderFlow, refundOrderItems } from "@/test/edge";
import * as insights from "./index";
import { LINE_COLUMNS, ORDER_COLUMNS, PAYMENT_COLUMNS } from "./model/export-table";

type Seeded = Awaited<ReturnType<typeof seed>>;
let s: Seeded;
const now = () => new Date();

async function seed() {
  const f = await weekendPackSetup({ stock: 50, capacity: 200 });
  const tag = randomBytes(3).toString("hex");
  const placed: string[] = [];
  for (let n = 0; n < 8; n++) {
    const lines =
      n % 3 === 0
        ? [{ productId: f.dayId, quantity: 1 + (n % 2) }]
        : n % 3 === 1
          ? [f.packWithM]
          : [f.packWithM, { productId: f.dayId, quantity: 1 }];
    const { orderId } = await placeOrderFlow({
      brandSlug: f.brand.slug,
      eventId: f.event.id,
      buyer: {
        name: n === 0 ? '=HYPERLINK("http://evil.example","x")' : `Fan ${n}`,
        email: `fan${n}-${tag}@example.com`,
        address: { line1: "Kai 1", postalCode: "20457", city: "Hamburg", country: "Germany" },
      },
      lines,
    });
    const payment = await db().payment.findFirstOrThrow({ where: { orderId } });
    await checkout.confirmPayment(payment.id, "succeeded", new Date(), { kind: "system", label: "test" });
    placed.push(orderId);
  }
  const fulfilled = async () =>
    (await db().order.count({ where: { id: { in: placed }, status: { in: ["pending", "paid"] } } })) === 0;
  await dispatchUntil(subscribers, fulfilled, 60_000);
  // A partial refund (the T-shirt of a pack) and a whole one.
  const shirt = (await fulfillment.itemsForOrder(f.brand.id, placed[1]!)).filter(
    (i) => i.kind === "shipment",
  );
  await refundOrderItems(
    f.actor,
    f.brand.id,
    placed[1]!,
    { itemIds: [shirt[0]!.id] },
    "organizer",
    new Date(),
  );
  const whole = await fulfillment.itemsForOrder(f.brand.id, placed[3]!);
  await refundOrderItems(
    f.actor,
    f.brand.id,
    placed[3]!,
    { itemIds: whole.map((i) => i.id) },
    "organizer",
    new Date(),
  );
  return { ...f, placed };
}

beforeAll(async () => {
  s = await seed();
}, 180_000);

/** Ask for an export and run its job, three rows a page (so the keyset paging turns several pages). */
async function exported(kind: insights.ExportKind, format: insights.ExportFormat, eventId: string | null) {
  const { exportId } = await startExport(s.actor, s.brand, { kind, format, eventId }, now());
  await insights.buildExport(exportId, exportSources, now, 3);
  const record = await insights.exportOf(s.brand.id, exportId);
  const file = await insights.exportFile(s.brand.id, exportId);
  return { record, file, bytes: Buffer.from(await new Response(file.stream).arrayBuffer()) };
}

/** RFC 4180 as our writer writes it: quoted text with doubled quotes, bare numbers, CRLF. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  const field = /("((?:[^"]|"")*)"|[^,\r\n]*)(,|\r\n|$)/y;
  field.lastIndex = text.startsWith("\uFEFF") ? 1 : 0;
  while (field.lastIndex < text.length) {
    const m = field.exec(text)!;
    row.push(m[2] !== undefined ? m[2].replace(/""/g, '"') : m[1]!);
    if (m[3] !== ",") {
      rows.push(row);
      row = [];
    }
  }
  return rows;
}

const sum = (values: unknown[]) => values.reduce<number>((a, v) => a + Number(v), 0);
/** "12.50" → 1250, exactly: the decimal column agrees with the minor units. */
const cents = (decimal: string) => Number(decimal.replace(".", ""));

async function orderTotals() {
  const orders = await db().order.findMany({ where: { eventId: s.event.id }, include: { lines: true } });
  return {
    count: orders.length,
    total: orders.reduce((a, o) => a + o.totalMinor, 0),
    lines: orders.flatMap((o) => o.lines),
  };
}

describe("the orders export of an event", () => {
  it("as CSV: one row per order, totals to the cent, the formula buyer defused, progress complete", async () => {
    const { record, file, bytes } = await exported("orders", "csv", s.event.id);
    const [header, ...rows] = parseCsv(bytes.toString("utf8"));
    const col = (h: string) => header!.indexOf(h);
    const db = await orderTotals();
    expect(record).toMatchObject({ status: "done", rowsDone: db.count, rowsTotal: db.count });
    expect(file.contentType).toBe("text/csv; charset=utf-8");
    expect(file.fileName).toMatch(new RegExp(`^orders-${s.event.slug}-\\d{4}-\\d{2}-\\d{2}\\.csv$`));
    expect(header).toEqual(ORDER_COLUMNS.map((c) => c.header));
    expect(rows).toHaveLength(db.count);
    expect(sum(rows.map((r) => r[col("Total (minor units)")]))).toBe(db.total);
    expect(sum(rows.map((r) => cents(r[col("Total")]!)))).toBe(db.total);
    expect(new Set(rows.map((r) => r[col("Currency")]))).toEqual(new Set(["EUR"]));
    expect(rows.map((r) => r[col("Buyer")])).toContain('\'=HYPERLINK("http://evil.example","x")');
  });

  it("as XLSX: the same totals, the formula buyer a plain string", async () => {
    const { bytes, file } = await exported("orders", "xlsx", s.event.id);
    expect(file.fileName).toMatch(/\.xlsx$/);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(bytes as unknown as ArrayBuffer);
    const sheet = book.worksheets[0]!;
    const total = ORDER_COLUMNS.findIndex((c) => c.header === "Total (minor units)") + 1;
    const buyer = ORDER_COLUMNS.findIndex((c) => c.header === "Buyer") + 1;
    const values: number[] = [];
    const buyers: ExcelJS.Cell[] = [];
    sheet.eachRow((row, n) => {
      if (n === 1) return;
      values.push(row.getCell(total).value as number);
      buyers.push(row.getCell(buyer));
    });
    const db = await orderTotals();
    expect(values).toHaveLength(db.count);
    expect(sum(values)).toBe(db.total);
    const evil = buyers.find((c) => String(c.value).startsWith("=HYPERLINK"))!;
    expect(evil.type).toBe(ExcelJS.ValueType.String);
  });
});

describe("the order lines export", () => {
  it("has lines adding up to the orders and bundle parts adding up to each bundle line", async () => {
    for (const format of ["csv", "xlsx"] as const) {
      const { bytes } = await exported("lines", format, s.event.id);
      let rows: unknown[][];
      if (format === "csv") rows = parseCsv(bytes.toString("utf8")).slice(1);
      else {
        const book = new ExcelJS.Workbook();
        await book.xlsx.load(bytes as unknown as ArrayBuffer);
        rows = [];
        book.worksheets[0]!.eachRow((row, n) => {
          if (n > 1) rows.push((row.values as unknown[]).slice(1));
        });
      }
      const at = (h: string) => LINE_COLUMNS.findIndex((c) => c.header === h);
      const [kind, total, lineId] = [at("Row"), at("Total (minor units)"), at("Line id")];
      const db = await orderTotals();
      const lines = rows.filter((r) => r[kind] === "line");
      expect(lines, format).toHaveLength(db.lines.length);
      expect(sum(lines.map((r) => r[total]))).toBe(db.total);
      const bundles = db.lines.filter((l) => l.kind === "bundle");
      expect(bundles.length).toBeGreaterThan(0);
      for (const b of bundles) {
        const parts = rows.filter((r) => r[kind] === "part of bundle" && r[lineId] === b.id);
        expect(parts.length, format).toBe(2);
        expect(sum(parts.map((r) => r[total]))).toBe(b.totalMinor);
      }
    }
  });
});

describe("the payments export of the whole brand", () => {
  it("lists every payment and every refund, partial and whole, to the cent", async () => {
    const { bytes, record } = await exported("payments", "csv", null);
    const rows = parseCsv(bytes.toString("utf8")).slice(1);
    const at = (h: string) => PAYMENT_COLUMNS.findIndex((c) => c.header === h);
    const payments = await db().payment.findMany({ where: { order: { brandId: s.brand.id } } });
    const refunds = await db().refund.findMany({ where: { brandId: s.brand.id } });
    expect(record.eventId).toBeNull();
    expect(record.rowsTotal).toBe(payments.length + refunds.length);
    const paid = rows.filter((r) => r[at("Row")] === "payment");
    const back = rows.filter((r) => r[at("Row")] === "refund");
    expect(paid).toHaveLength(payments.length);
    expect(back).toHaveLength(2);
    expect(sum(paid.map((r) => r[at("Amount (minor units)")]))).toBe(sum(payments.map((p) => p.amountMinor)));
    expect(sum(paid.map((r) => r[at("Refunded (minor units)")]))).toBe(
      sum(payments.map((p) => p.refundedMinor)),
    );
    expect(sum(back.map((r) => r[at("Amount (minor units)")]))).toBe(sum(refunds.map((r) => r.amountMinor)));
    expect(sum(back.map((r) => r[at("Amount (minor units)")]))).toBeGreaterThan(0);
  });
});

describe("the attendees export", () => {
  it("lists every ticket with its order and whether it is refunded", async () => {
    const { bytes } = await exported("attendees", "csv", s.event.id);
    const rows = parseCsv(bytes.toString("utf8")).slice(1);
    const tickets = await db().ticket.findMany({ where: { eventId: s.event.id } });
    expect(rows).toHaveLength(tickets.length);
    expect(rows.filter((r) => r[4] === "refunded")).toHaveLength(
      tickets.filter((t) => t.status === "void").length,
    );
    expect(rows.every((r) => /^MQ-/.test(r[2]!))).toBe(true);
  });
});

describe("the build-export job", () => {
  it("is registered with the worker and builds the export its payload names", async () => {
    const { exportId } = await startExport(
      s.actor,
      s.brand,
      { kind: "orders", format: "csv", eventId: null },
      now(),
    );
    const [queued] = await db().$queryRaw<{ n: number }[]>`
      SELECT count(*)::int AS n FROM graphile_worker._private_jobs j
      JOIN graphile_worker._private_tasks t ON t.id = j.task_id
      WHERE t.identifier = 'build-export' AND j.payload->>'exportId' = ${exportId}`;
    expect(queued!.n).toBe(1);
    await taskList["build-export"]!({ exportId }, {} as never);
    expect((await insights.exportOf(s.brand.id, exportId)).status).toBe("done");
  });

  it("removes files kept longer than seven days and marks them expired", async () => {
    const { record } = await exported("orders", "csv", s.event.id);
    const later = new Date(record.finishedAt!.getTime() + (insights.KEEP_DAYS + 1) * 86_400_000);
    expect(await insights.expireOldExports(s.brand.id, later)).toBeGreaterThan(0);
    expect((await insights.exportOf(s.brand.id, record.id)).status).toBe("expired");
    await expect(insights.exportFile(s.brand.id, record.id)).rejects.toMatchObject({ code: "NotFound" });
  });
});

describe("another brand's owner", () => {
  it("cannot export this brand's event, list its exports or download one", async () => {
    const other = await organizerWithEvent();
    const { record } = await exported("orders", "csv", s.event.id);
    await expect(
      startExport(other.actor, other.brand, { kind: "orders", format: "csv", eventId: s.event.id }, now()),
    ).rejects.toMatchObject({ code: "NotFound" });
    expect(await insights.exportsOf(other.brand.id)).toEqual([]);
    await expect(insights.exportFile(other.brand.id, record.id)).rejects.toMatchObject({ code: "NotFound" });
    await expect(insights.exportOf(other.brand.id, record.id)).rejects.toMatchObject({ code: "NotFound" });
  });
});
