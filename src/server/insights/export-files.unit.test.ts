import { PassThrough } from "node:stream";
import { buffer } from "node:stream/consumers";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { openSheet } from "./export-files";
import type { CellValue, Column } from "./model/export-cells";

const columns: Column[] = [
  { header: "Buyer", type: "text" },
  { header: "Total (minor units)", type: "int" },
  { header: "Total", type: "decimal" },
  { header: "Paid at", type: "time" },
];
const paidAt = new Date("2026-11-30T10:01:00Z");
const rows: CellValue[][] = [
  ["=1+1", 1250, "12.50", paidAt],
  ['Frida, "F"', 1250, "1250", null],
];

async function written(format: "csv" | "xlsx"): Promise<Buffer> {
  const out = new PassThrough();
  const bytes = buffer(out);
  const sheet = openSheet(format, columns, out, "orders");
  for (const row of rows) sheet.add(row);
  await sheet.finish();
  return bytes;
}

describe("an export written as CSV", () => {
  it("starts with a BOM and the headers, and defuses a formula", async () => {
    const text = (await written("csv")).toString("utf8");
    expect(text).toBe(
      '\uFEFF"Buyer","Total (minor units)","Total","Paid at"\r\n' +
        `"'=1+1",1250,12.50,2026-11-30T10:01:00.000Z\r\n` +
        '"Frida, ""F""",1250,1250,\r\n',
    );
  });
});

describe("an export written as XLSX", () => {
  it("reads back with text as strings (never a formula), amounts as numbers and times as dates", async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await written("xlsx")) as unknown as ArrayBuffer);
    const sheet = book.worksheets[0]!;
    expect(sheet.name).toBe("orders");
    expect(sheet.getRow(1).values).toEqual([undefined, "Buyer", "Total (minor units)", "Total", "Paid at"]);
    const first = sheet.getRow(2);
    expect(first.getCell(1).type).toBe(ExcelJS.ValueType.String);
    expect(first.getCell(1).value).toBe("=1+1");
    expect(first.getCell(2).value).toBe(1250);
    expect(first.getCell(3).value).toBe(12.5);
    expect(first.getCell(3).numFmt).toBe("0.00");
    expect(first.getCell(4).value).toEqual(paidAt);
    expect(sheet.getRow(3).getCell(3).numFmt).toBe("0");
  });
});
