// The door night: check-ins per quarter hour and ticket type, in the event's zone. While doors
// may be open (the event's day) the page reads them again every 15 seconds.
import { ChartCard } from "@/components/insights/chart-card";
import { ChartTable } from "@/components/insights/chart-table";
import { LiveRefresh } from "@/components/insights/live-refresh";
import { StackedBarChart } from "@/components/insights/stacked-bar-chart";
import { studioLocale, studioT } from "../../../_lib/locale";
import { quarterLabel } from "./labels";

const QUARTER = 15 * 60 * 1000;

type Arrival = { at: Date; ticketType: string; count: number };

/** Every quarter hour from the first arrival to the last, quiet ones included. */
function quarters(arrivals: Arrival[]): Date[] {
  if (arrivals.length === 0) return [];
  const times = arrivals.map((a) => a.at.getTime());
  const [first, last] = [Math.min(...times), Math.max(...times)];
  return Array.from({ length: (last - first) / QUARTER + 1 }, (_, i) => new Date(first + i * QUARTER));
}

export async function DoorSection({
  arrivals,
  timeZone,
  live,
}: {
  arrivals: Arrival[];
  timeZone: string;
  live: boolean;
}) {
  const [t, locale] = await Promise.all([studioT("sales"), studioLocale()]);
  const types = [...new Set(arrivals.map((a) => a.ticketType))].sort();
  const stacks = types.map((type, i) => ({ key: `t${i}`, name: type || t("insights.door.ticket") }));
  const rows = quarters(arrivals).map((at) => ({
    label: quarterLabel(at, timeZone, locale),
    values: Object.fromEntries(
      types.map((type, i) => [
        `t${i}`,
        arrivals
          .filter((a) => a.ticketType === type && a.at.getTime() === at.getTime())
          .reduce((n, a) => n + a.count, 0),
      ]),
    ),
  }));
  const inside = arrivals.reduce((n, a) => n + a.count, 0);
  return (
    <>
      {live ? <LiveRefresh seconds={15} /> : null}
      <ChartCard
        title={t("insights.door.title")}
        sub={
          <>
            <span data-testid="door-inside">{t("insights.door.inside", { count: inside })}</span>
            {t("insights.door.per", { timeZone })}
            {live ? ` · ${t("insights.door.live")}` : ""}
          </>
        }
        testId="chart-door"
        empty={inside === 0 ? t("insights.door.none") : null}
      >
        <StackedBarChart rows={rows} stacks={stacks} currency={null} />
        <ChartTable
          testId="table-door"
          caption={t("insights.door.caption", { timeZone })}
          columns={[
            { label: t("insights.door.from") },
            ...stacks.map((s) => ({ label: s.name, numeric: true })),
            { label: t("insights.total"), numeric: true },
          ]}
          rows={rows.map((r, i) => ({
            key: String(i),
            cells: [
              r.label,
              ...stacks.map((s) => r.values[s.key]),
              stacks.reduce((n, s) => n + r.values[s.key]!, 0),
            ],
          }))}
        />
      </ChartCard>
    </>
  );
}
