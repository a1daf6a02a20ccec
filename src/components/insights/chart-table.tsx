"use client";
// Every chart's figures as a real table, folded under it: for screen readers, and for copying
// into a spreadsheet. The first column names the row. (A client component for its words only.)
import type { ReactNode } from "react";
import { useTranslations } from "use-intl";

export type TableColumn = { label: string; numeric?: boolean };

export function ChartTable({
  caption,
  columns,
  rows,
  testId,
  summary,
}: {
  /** What unfolds it: "Show as a table" (in the Studio's language) where not said. */
  summary?: string;
  caption: string;
  columns: TableColumn[];
  rows: { key: string; cells: ReactNode[] }[];
  testId?: string;
}) {
  const t = useTranslations("studio.sales.insights");
  return (
    <details className="mt-3 text-sm" data-testid={testId}>
      <summary className="cursor-pointer text-zinc-700 underline-offset-2 hover:underline">
        {summary ?? t("showTable")}
      </summary>
      <div className="mt-2 overflow-x-auto">
        <table className="w-full border-collapse">
          <caption className="mb-1 text-left text-xs text-zinc-500">{caption}</caption>
          <thead>
            <tr className="border-b border-zinc-200">
              {columns.map((c) => (
                <th
                  key={c.label}
                  scope="col"
                  className={`px-2 py-1 font-medium ${c.numeric ? "text-right" : "text-left"}`}
                >
                  {c.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.key} className="border-b border-zinc-100">
                {r.cells.map((cell, i) =>
                  i === 0 ? (
                    <th key={i} scope="row" className="px-2 py-1 text-left font-normal">
                      {cell}
                    </th>
                  ) : (
                    <td
                      key={i}
                      className={`px-2 py-1 ${columns[i]?.numeric ? "text-right tabular-nums" : ""}`}
                    >
                      {cell}
                    </td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
