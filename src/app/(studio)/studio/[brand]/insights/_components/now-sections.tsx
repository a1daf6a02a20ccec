// What stands now, whatever the period: where each product is in its price phases, how full the
// pools are.
import type { PhaseProgress, PoolFill } from "@/server/insights";
import { formatDateTime, formatMoney } from "@/components/format";
import { ChartCard } from "@/components/insights/chart-card";
import { ChartTable } from "@/components/insights/chart-table";
import { QUIET, StackedBarChart } from "@/components/insights/stacked-bar-chart";

const STATE_WORDS = { ended: "ended", current: "now", upcoming: "next" } as const;

/** "Early bird: 80 of 100", or "Regular: until 1 Mar 2027, 20:00" for a phase without a count. */
export function phaseLine(ph: PhaseProgress["phases"][number], taken: number, timeZone: string): string {
  if (ph.endsAfterSold !== null)
    return `${ph.name}: ${Math.min(taken, ph.endsAfterSold)} of ${ph.endsAfterSold}`;
  if (ph.endsAt) return `${ph.name}: until ${formatDateTime(ph.endsAt, timeZone)}`;
  return `${ph.name}: until sales end`;
}

export function PhasesSection({
  progress,
  currency,
  timeZone,
}: {
  progress: PhaseProgress[];
  currency: string;
  timeZone: string;
}) {
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
      title="Price phases"
      sub="Sold (and held in carts) against each phase's limit, now."
      testId="chart-phases"
      empty={progress.length === 0 ? "No product has price phases to move through." : null}
    >
      <ul className="mb-3 flex flex-col gap-1 text-sm" data-testid="phase-lines">
        {progress.map((p) => (
          <li key={p.productId}>
            <span className="font-medium">{p.productName}</span> —{" "}
            {p.phases.map((ph, i) => (
              <span key={ph.id} className={ph.state === "current" ? "font-medium" : "text-zinc-600"}>
                {i > 0 ? " · " : ""}
                {phaseLine(ph, p.taken, timeZone)}
                {ph.state === "current" ? " (now)" : ""}
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
            { key: "sold", name: "Sold" },
            { key: "left", name: "Left at this price", colour: QUIET },
          ]}
          currency={null}
        />
      ) : null}
      <ChartTable
        testId="table-phases"
        caption="Price phases per product"
        columns={[
          { label: "Product · phase" },
          { label: "Price", numeric: true },
          { label: "Sold", numeric: true },
          { label: "Limit", numeric: true },
          { label: "State" },
        ]}
        rows={progress.flatMap((p) =>
          p.phases.map((ph) => ({
            key: ph.id,
            cells: [
              `${p.productName} · ${ph.name}`,
              formatMoney(ph.price, currency),
              ph.endsAfterSold !== null ? Math.min(p.taken, ph.endsAfterSold) : p.taken,
              ph.endsAfterSold ?? "—",
              STATE_WORDS[ph.state],
            ],
          })),
        )}
      />
    </ChartCard>
  );
}

export function PoolsSection({ pools }: { pools: PoolFill[] }) {
  return (
    <ChartCard
      title="Pool fill now"
      sub="Sold, held in carts and free, now."
      testId="chart-pools"
      empty={pools.length === 0 ? "No pools yet." : null}
    >
      <StackedBarChart
        horizontal
        height={Math.max(120, 48 + pools.length * 40)}
        rows={pools.map((p) => ({ label: p.name, values: { sold: p.sold, held: p.held, free: p.free } }))}
        stacks={[
          { key: "sold", name: "Sold" },
          { key: "held", name: "Held" },
          { key: "free", name: "Free", colour: QUIET },
        ]}
        currency={null}
      />
      <ChartTable
        testId="table-pools"
        caption="Pool fill"
        columns={[
          { label: "Pool" },
          { label: "Sold", numeric: true },
          { label: "Held", numeric: true },
          { label: "Free", numeric: true },
          { label: "Capacity", numeric: true },
        ]}
        rows={pools.map((p) => ({ key: p.id, cells: [p.name, p.sold, p.held, p.free, p.capacity] }))}
      />
    </ChartCard>
  );
}
