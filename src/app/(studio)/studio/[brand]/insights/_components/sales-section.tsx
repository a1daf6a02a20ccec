// Sales over time, stacked by product or by channel (a pair of links: the choice is in the
// address), one chart per currency, with its table.
import Link from "next/link";
import type { ChosenPeriod, StackBy, StackedSeries } from "@/server/insights";
import { moneyIn } from "@/components/format";
import { ChartCard } from "@/components/insights/chart-card";
import { ChartTable } from "@/components/insights/chart-table";
import { StackedBarChart } from "@/components/insights/stacked-bar-chart";
import { studioLocale, studioT } from "../../../_lib/locale";
import { slotLabel, stackName } from "./labels";

const toggle = (current: boolean) =>
  `rounded-md px-3 py-1 text-sm ${current ? "bg-zinc-900 font-medium text-white" : "text-zinc-700 hover:bg-zinc-100"}`;

export async function SalesSection({
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
  const [t, locale] = await Promise.all([studioT("sales"), studioLocale()]);
  const money = moneyIn(locale);
  const per = { grain, by, timeZone: period.timeZone };
  return (
    <ChartCard
      title={t("insights.sales.title")}
      sub={t("insights.sales.sub", per)}
      testId="chart-sales"
      empty={series.length === 0 ? t("insights.noSales") : null}
      actions={
        <nav
          aria-label={t("insights.sales.stackBy")}
          className="flex gap-1 rounded-lg border border-zinc-200 p-0.5"
        >
          {(["product", "channel"] as const).map((b) => (
            <Link
              key={b}
              href={hrefBy[b]}
              className={toggle(b === by)}
              aria-current={b === by ? "true" : undefined}
            >
              {t("insights.sales.by", { by: b })}
            </Link>
          ))}
        </nav>
      }
    >
      {series.map((s) => {
        const rows = s.rows.map((r) => ({ label: slotLabel(r.at, period, locale), values: r.values }));
        const stacks = s.stacks.map((st) => ({ ...st, name: stackName(t, st) }));
        return (
          <div key={s.currency} data-testid={`sales-${s.currency}`}>
            {series.length > 1 ? <h3 className="text-sm font-medium">{s.currency}</h3> : null}
            <StackedBarChart rows={rows} stacks={stacks} currency={s.currency} />
            <ChartTable
              caption={t("insights.sales.caption", { ...per, currency: s.currency })}
              columns={[
                { label: t(`insights.slot.${grain}`) },
                ...stacks.map((st) => ({ label: st.name, numeric: true })),
                { label: t("insights.total"), numeric: true },
              ]}
              rows={rows.map((r, i) => ({
                key: String(i),
                cells: [
                  r.label,
                  ...s.stacks.map((st) => money(r.values[st.key] ?? 0, s.currency)),
                  money(
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
