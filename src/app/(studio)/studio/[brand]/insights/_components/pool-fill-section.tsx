// Pool fill over time: one line per pool the event's products draw from, units sold (less
// refunds) by the end of each hour or day of the period, against the pool's capacity.
import type { ChosenPeriod, PoolFillOverTime } from "@/server/insights";
import { ChartCard } from "@/components/insights/chart-card";
import { ChartTable } from "@/components/insights/chart-table";
import { FillLineChart } from "@/components/insights/fill-line-chart";
import { studioLocale, studioT } from "../../../_lib/locale";
import { slotLabel, type SalesWords } from "./labels";

/** What to say instead of the chart, if there is nothing to draw. */
function emptyText(t: SalesWords, fill: PoolFillOverTime): string | null {
  if (fill.pools.length === 0) return t("insights.fill.noPool");
  if (fill.slots.length === 0) return t("insights.fill.notBegun");
  return null;
}

export async function PoolFillSection({ fill, period }: { fill: PoolFillOverTime; period: ChosenPeriod }) {
  const grain = period.grain === "hour" ? "hour" : "day";
  const [t, locale] = await Promise.all([studioT("sales"), studioLocale()]);
  const lines = fill.pools.map((p, i) => ({ key: `p${i}`, name: p.name, capacity: p.capacity }));
  const rows = fill.slots.map((at, s) => ({
    label: slotLabel(at, period, locale),
    values: Object.fromEntries(fill.pools.map((p, i) => [`p${i}`, p.levels[s] ?? 0])),
  }));
  return (
    <ChartCard
      title={t("insights.fill.title")}
      sub={t("insights.fill.sub", { grain, timeZone: period.timeZone })}
      testId="chart-pool-fill"
      empty={emptyText(t, fill)}
    >
      <FillLineChart rows={rows} lines={lines} />
      <ChartTable
        testId="table-pool-fill"
        caption={t("insights.fill.caption", { grain, timeZone: period.timeZone })}
        columns={[
          { label: t(`insights.slot.${grain}`) },
          ...fill.pools.map((p) => ({
            label: t("insights.fill.ofCapacity", { name: p.name, capacity: p.capacity }),
            numeric: true,
          })),
        ]}
        rows={rows.map((r, s) => ({
          key: String(s),
          cells: [r.label, ...lines.map((l) => r.values[l.key])],
        }))}
      />
    </ChartCard>
  );
}
