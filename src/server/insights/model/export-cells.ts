// One cell of an export, as a spreadsheet will read it. A text cell a fan typed (a name, an
// e-mail) may start with = + - @: a spreadsheet would run it as a formula (CSV injection), so in
// CSV it is prefixed with ' ; in XLSX every text is written as a string cell and never evaluated.
// Money is an integer of minor units, shown beside a decimal of the currency's own digits.

/** What a column holds: how the CSV writes it and which XLSX cell type it becomes. */
export type ColumnType = "text" | "int" | "decimal" | "time";
export type Column = { header: string; type: ColumnType; width?: number };
export type CellValue = string | number | Date | null;

const FORMULA_START = /^[=+\-@\t\r]/;

/** A text as a spreadsheet can only read it as text: a leading = + - @ tab or CR is defused with '. */
export function defused(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/**
 * One CSV field: text quoted (quotes doubled) and defused; numbers and decimals as they are; times in ISO
 * 8601 UTC.
 */
export function csvField(value: CellValue, type: ColumnType): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return value.toISOString();
  if (type === "int" || type === "decimal") return String(value);
  return `"${defused(String(value)).replace(/"/g, '""')}"`;
}

export function csvLine(values: readonly CellValue[], columns: readonly Column[]): string {
  return values.map((v, i) => csvField(v, columns[i]?.type ?? "text")).join(",") + "\r\n";
}

/** Digits after the decimal point in a currency (EUR 2, JPY 0, KWD 3), as ISO 4217 and Intl know them. */
export function minorDigits(currency: string): number {
  try {
    return (
      new Intl.NumberFormat("en", { style: "currency", currency }).resolvedOptions().maximumFractionDigits ??
      2
    );
  } catch {
    return 2;
  }
}

/**
 * Minor units as a decimal string of the currency's digits (1250 EUR → "12.50", -5 EUR → "-0.05"): exact, no
 * float.
 */
export function decimal(minor: number, currency: string): string {
  const digits = minorDigits(currency);
  const sign = minor < 0 ? "-" : "";
  const units = String(Math.abs(minor)).padStart(digits + 1, "0");
  if (digits === 0) return `${sign}${units}`;
  return `${sign}${units.slice(0, -digits)}.${units.slice(-digits)}`;
}
