// Pool fill over time: one line per pool the event's products draw from, units sold (less
// refunds) by the end of each hour or day of the period, against the pool's capacity.
import type { ChosenPeriod, PoolFillOverTime } from "@/server/insights";
import { ChartCard } from "@/components/insights/chart-card";
import { ChartTable } from "@/components/insights/chart-table";
import { FillLineChart } from "@/components/insights/fill-line-chart";
import { slotLabel } from "./labels";

/** What to say instead of the chart, if there is nothing to draw. */
function emptyText(fill: PoolFillOverTime): string | null {
  if (fill.pools.length === 0)
    return "No pool yet: give a product a capacity or a stock and its fill shows here.";
  if (fill.slots.length === 0) return "This period has not begun yet.";
  return null;
}

export function PoolFillSection({ fill, period }: { fill: PoolFillOverTime; period: ChosenPeriod }) {
  const grain = period.grain === "hour" ? "hour" : "day";
  const lines = fill.pools.map((p, i) => ({ key: `p${i}`, name: p.name, capacity: p.capacity }));
  const rows = fill.slots.map((at, s) => ({
    label: slotLabel(at, period),
    values: Object.fromEntries(fill.pools.map((p, i) => [`p${i}`, p.levels[s] ?? 0])),
  }));
  return (
    <ChartCard
      title="Pool fill over time"
      sub={`Units sold of each pool's capacity, by the end of each ${grain} (${period.timeZone})`}
      testId="chart-pool-fill"
      empty={emptyText(fill)}
    >
      <FillLineChart rows={rows} lines={lines} />
      <ChartTable
        testId="table-pool-fill"
        caption={`Units sold per pool by the end of each ${grain}, ${period.timeZone}`}
        columns={[
          { label: grain === "hour" ? "Hour" : "Day" },
          ...fill.pools.map((p) => ({ label: `${p.name} (of ${p.capacity})`, numeric: true })),
        ]}
        rows={rows.map((r, s) => ({
          key: String(s),
          cells: [r.label, ...lines.map((l) => r.values[l.key])],
        }))}
      />
    </ChartCard>
  );
}
