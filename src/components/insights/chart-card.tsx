// One chart of the Insights page: its title, what it shows, the chart (or, without figures, a
// sentence saying so) and its table.
import type { ReactNode } from "react";

export function ChartCard({
  title,
  sub,
  empty,
  children,
  testId,
  actions,
}: {
  title: string;
  sub?: ReactNode;
  /** Said instead of the chart when there is nothing to draw ("No sales in this period yet"). */
  empty: string | null;
  children: ReactNode;
  testId: string;
  actions?: ReactNode;
}) {
  return (
    <section
      aria-labelledby={`${testId}-title`}
      data-testid={testId}
      className="rounded-2xl border border-zinc-200 bg-white p-4 shadow-sm sm:p-6"
    >
      <div className="mb-3 flex flex-wrap items-baseline justify-between gap-2">
        <div>
          <h2 id={`${testId}-title`} className="text-lg font-semibold">
            {title}
          </h2>
          {sub ? <p className="text-sm text-zinc-600">{sub}</p> : null}
        </div>
        {actions}
      </div>
      {empty ? <p className="py-6 text-center text-sm text-zinc-600">{empty}</p> : children}
    </section>
  );
}
