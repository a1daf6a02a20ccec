// Sales over time, stacked by product or by channel (a pair of links: the choice is in the
// address), one chart per currency, with its table.
import Link from "next/link";
import type { ChosenPeriod, StackBy, StackedSeries } from "@/server/insights";
import { formatMoney } from "@/components/format";
import { ChartCard } from "@/components/insights/chart-card";
import { ChartTable } from "@/components/insights/chart-table";
import { StackedBarChart } from "@/components/insights/stacked-bar-chart";
import { slotLabel } from "./labels";

const toggle = (current: boolean) =>
  `rounded-md px-3 py-1 text-sm ${current ? "bg-zinc-900 font-medium text-white" : "text-zinc-700 hover:bg-zinc-100"}`;

export function SalesSection({
  series,
  period,
  by,
  hrefBy,
}: {
  series: StackedSeries[];
  period: ChosenPeriod;
  by: StackBy;
  hrefBy: Record<StackBy, string>;
}) {
  const grain = period.grain === "hour" ? "hour" : "day";
  return (
    <ChartCard
      title="Sales over time"
      sub={`Revenue per ${grain}, by ${by} (${period.timeZone})`}
      testId="chart-sales"
      empty={series.length === 0 ? "No sales in this period yet." : null}
      actions={
        <nav aria-label="Stack sales by" className="flex gap-1 rounded-lg border border-zinc-200 p-0.5">
          {(["product", "channel"] as const).map((b) => (
            <Link
              key={b}
              href={hrefBy[b]}
              className={toggle(b === by)}
              aria-current={b === by ? "true" : undefined}
            >
              By {b}
            </Link>
          ))}
        </nav>
      }
    >
      {series.map((s) => {
        const rows = s.rows.map((r) => ({ label: slotLabel(r.at, period), values: r.values }));
        return (
          <div key={s.currency} data-testid={`sales-${s.currency}`}>
            {series.length > 1 ? <h3 className="text-sm font-medium">{s.currency}</h3> : null}
            <StackedBarChart rows={rows} stacks={s.stacks} currency={s.currency} />
            <ChartTable
              caption={`Revenue per ${grain} by ${by}, ${s.currency}, ${period.timeZone}`}
              columns={[
                { label: grain === "hour" ? "Hour" : "Day" },
                ...s.stacks.map((st) => ({ label: st.name, numeric: true })),
                { label: "Total", numeric: true },
              ]}
              rows={rows.map((r, i) => ({
                key: String(i),
                cells: [
                  r.label,
                  ...s.stacks.map((st) => formatMoney(r.values[st.key] ?? 0, s.currency)),
                  formatMoney(
                    s.stacks.reduce((a, st) => a + (r.values[st.key] ?? 0), 0),
                    s.currency,
                  ),
                ],
              }))}
            />
          </div>
        );
      })}
    </ChartCard>
  );
}
