// The two file formats of an export, both written row by row into a stream: nothing but the
// current page of rows is ever in memory. CSV (UTF-8 with a BOM, so spreadsheets read accents
// right) and XLSX through exceljs's streaming WorkbookWriter (inline strings: no shared-string
// table growing with every row).
import type { Writable } from "node:stream";
import ExcelJS from "exceljs";
import { csvLine, type CellValue, type Column } from "./model/export-cells";
import type { ExportFormat } from "./model/export-table";

export interface SheetWriter {
  add(row: readonly CellValue[]): void;
  /** Write what is left and end the stream. */
  finish(): Promise<void>;
}

export const CONTENT_TYPES: Record<ExportFormat, string> = {
  csv: "text/csv; charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

export function openSheet(
  format: ExportFormat,
  columns: Column[],
  out: Writable,
  title: string,
): SheetWriter {
  return format === "csv" ? csvSheet(columns, out) : xlsxSheet(columns, out, title);
}

function csvSheet(columns: Column[], out: Writable): SheetWriter {
  const headers = columns.map((c) => ({ header: c.header, type: "text" as const }));
  out.write(
    "\uFEFF" +
      csvLine(
        headers.map((h) => h.header),
        headers,
      ),
  );
  return {
    add(row) {
      out.write(csvLine(row, columns));
    },
    finish: () =>
      new Promise<void>((resolve, reject) => out.end((e?: Error | null) => (e ? reject(e) : resolve()))),
  };
}

const TIME_FORMAT = "yyyy-mm-dd hh:mm:ss";

function xlsxSheet(columns: Column[], out: Writable, title: string): SheetWriter {
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: out,
    useStyles: true,
    useSharedStrings: false,
  });
  const sheet = book.addWorksheet(title.slice(0, 31), { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = columns.map((c) => ({
    header: c.header,
    width: c.width ?? 16,
    style: c.type === "time" ? { numFmt: TIME_FORMAT } : {},
  }));
  return {
    add(values) {
      const row = sheet.addRow(values.map((v, i) => cellOf(v, columns[i]!)));
      // A decimal shows as many digits as its currency has ("12.50", "1250" for yen).
      for (const [i, c] of columns.entries())
        if (c.type === "decimal" && typeof values[i] === "string")
          row.getCell(i + 1).numFmt = numberFormat(values[i] as string);
      row.commit();
    },
    async finish() {
      sheet.commit();
      await book.commit();
    },
  };
}

/** The cell a value becomes: text stays a string (never a formula), amounts become numbers. */
function cellOf(value: CellValue, column: Column): ExcelJS.CellValue {
  if (value === null) return null;
  if (column.type === "decimal") return Number(value);
  if (column.type === "text") return String(value);
  return value;
}

function numberFormat(decimal: string): string {
  const digits = decimal.split(".")[1]?.length ?? 0;
  return digits ? `0.${"0".repeat(digits)}` : "0";
}
