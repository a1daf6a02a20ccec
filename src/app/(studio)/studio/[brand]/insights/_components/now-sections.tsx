// What stands now, whatever the period: where each product is in its price phases, how full the
// pools are.
import type { PhaseProgress, PoolFill } from "@/server/insights";
import type { Locale } from "@/server/platform/i18n";
import { formatDateTime, moneyIn } from "@/components/format";
import { ChartCard } from "@/components/insights/chart-card";
import { ChartTable } from "@/components/insights/chart-table";
import { QUIET, StackedBarChart } from "@/components/insights/stacked-bar-chart";
import { studioLocale, studioT } from "../../../_lib/locale";
import type { SalesWords } from "./labels";

type Phase = PhaseProgress["phases"][number];

/** "Early bird: 80 of 100", or "Regular: until 1 Mar 2027, 20:00" for a phase without a count. */
function phaseLine(t: SalesWords, locale: Locale, ph: Phase, taken: number, timeZone: string): string {
  const name = ph.name;
  if (ph.endsAfterSold !== null)
    return t("insights.phases.counted", {
      name,
      sold: Math.min(taken, ph.endsAfterSold),
      limit: ph.endsAfterSold,
    });
  if (ph.endsAt)
    return t("insights.phases.until", { name, at: formatDateTime(ph.endsAt, timeZone, undefined, locale) });
  return t("insights.phases.untilSalesEnd", { name });
}

export async function PhasesSection({
  progress,
  currency,
  timeZone,
}: {
  progress: PhaseProgress[];
  currency: string;
  timeZone: string;
}) {
  const [t, locale] = await Promise.all([studioT("sales"), studioLocale()]);
  const counted = progress.flatMap((p) =>
    p.phases
      .filter((ph) => ph.endsAfterSold !== null)
      .map((ph) => {
        const sold = Math.min(p.taken, ph.endsAfterSold!);
        return {
          label: `${p.productName} · ${ph.name}`,
          values: { sold, left: ph.endsAfterSold! - sold },
        };
      }),
  );
  return (
    <ChartCard
      title={t("insights.phases.title")}
      sub={t("insights.phases.sub")}
      testId="chart-phases"
      empty={progress.length === 0 ? t("insights.phases.none") : null}
    >
      <ul className="mb-3 flex flex-col gap-1 text-sm" data-testid="phase-lines">
        {progress.map((p) => (
          <li key={p.productId}>
            <span className="font-medium">{p.productName}</span> —{" "}
            {p.phases.map((ph, i) => (
              <span key={ph.id} className={ph.state === "current" ? "font-medium" : "text-zinc-600"}>
                {i > 0 ? " · " : ""}
                {phaseLine(t, locale, ph, p.taken, timeZone)}
                {ph.state === "current" ? ` ${t("insights.phases.nowMark")}` : ""}
              </span>
            ))}
          </li>
        ))}
      </ul>
      {counted.length > 0 ? (
        <StackedBarChart
          horizontal
          height={Math.max(120, 48 + counted.length * 40)}
          rows={counted}
          stacks={[
            { key: "sold", name: t("insights.sold") },
            { key: "left", name: t("insights.phases.left"), colour: QUIET },
          ]}
          currency={null}
        />
      ) : null}
      <ChartTable
        testId="table-phases"
        caption={t("insights.phases.caption")}
        columns={[
          { label: t("insights.phases.productPhase") },
          { label: t("insights.phases.price"), numeric: true },
          { label: t("insights.sold"), numeric: true },
          { label: t("insights.phases.limit"), numeric: true },
          { label: t("insights.phases.state") },
        ]}
        rows={progress.flatMap((p) =>
          p.phases.map((ph) => ({
            key: ph.id,
            cells: [
              `${p.productName} · ${ph.name}`,
              moneyIn(locale)(ph.price, currency),
              ph.endsAfterSold !== null ? Math.min(p.taken, ph.endsAfterSold) : p.taken,
              ph.endsAfterSold ?? "—",
              t(`insights.phases.states.${ph.state}`),
            ],
          })),
        )}
      />
    </ChartCard>
  );
}

export async function PoolsSection({ pools }: { pools: PoolFill[] }) {
  const t = await studioT("sales");
  return (
    <ChartCard
      title={t("insights.pools.title")}
      sub={t("insights.pools.sub")}
      testId="chart-pools"
      empty={pools.length === 0 ? t("insights.pools.none") : null}
    >
      <StackedBarChart
        horizontal
        height={Math.max(120, 48 + pools.length * 40)}
        rows={pools.map((p) => ({ label: p.name, values: { sold: p.sold, held: p.held, free: p.free } }))}
        stacks={[
          { key: "sold", name: t("insights.sold") },
          { key: "held", name: t("insights.pools.held") },
          { key: "free", name: t("insights.pools.free"), colour: QUIET },
        ]}
        currency={null}
      />
      <ChartTable
        testId="table-pools"
        caption={t("insights.pools.caption")}
        columns={[
          { label: t("insights.pools.pool") },
          { label: t("insights.sold"), numeric: true },
          { label: t("insights.pools.held"), numeric: true },
          { label: t("insights.pools.free"), numeric: true },
          { label: t("insights.pools.capacity"), numeric: true },
        ]}
        rows={pools.map((p) => ({ key: p.id, cells: [p.name, p.sold, p.held, p.free, p.capacity] }))}
      />
    </ChartCard>
  );
}
