"use client";
// The period at a glance, per currency (money is never added across currencies): what came in,
// how many orders and tickets, the average order and what went back — each with how it moved
// against the period before. In the Studio's language (a client component for its words only).
import { useLocale, useTranslations } from "use-intl";
import { moneyIn } from "@/components/format";
import { dateTagOf, type Locale } from "@/server/platform/i18n";

/** The Insights words (studio.sales.insights), in the page's language. */
export type InsightsWords = ReturnType<typeof useTranslations<"studio.sales.insights">>;

export type HeadlineView = {
  currency: string;
  orders: number;
  tickets: number;
  gross: number;
  refunds: number;
  refundCount: number;
  averageOrder: number;
  /** Basis points against the previous period; null where it had none. */
  change: {
    gross: number | null;
    orders: number | null;
    tickets: number | null;
    averageOrder: number | null;
    refunds: number | null;
  };
};

/**
 * "+25 % on the 7 days before", "no change on …", or "none in the 7 days before" where the
 * previous period had nothing to compare with. `before` is "the 7 days before", "the day before"…
 */
export function changeText(t: InsightsWords, locale: Locale, bp: number | null, before: string): string {
  if (bp === null) return t("change.none", { before });
  if (bp === 0) return t("change.same", { before });
  const pct = Math.abs(bp) / 100;
  const digits = pct >= 10 ? 0 : 1;
  const shown = new Intl.NumberFormat(dateTagOf(locale), {
    maximumFractionDigits: digits,
    useGrouping: false,
  });
  return t("change.moved", { sign: bp > 0 ? "+" : "−", percent: shown.format(pct), before });
}

function Figure({
  label,
  value,
  change,
  against,
  /** For refunds a rise is bad news. */
  risingIsBad = false,
  testId,
}: {
  label: string;
  value: string;
  change: number | null;
  against: string;
  risingIsBad?: boolean;
  testId: string;
}) {
  const t = useTranslations("studio.sales.insights");
  const locale = useLocale();
  const good = change !== null && change !== 0 && change > 0 !== risingIsBad;
  const bad = change !== null && change !== 0 && !good;
  return (
    <div className="rounded-xl border border-zinc-200 bg-white p-4" data-testid={testId}>
      <dt className="text-sm text-zinc-600">{label}</dt>
      <dd className="mt-1 text-2xl font-semibold tabular-nums" data-testid={`${testId}-value`}>
        {value}
      </dd>
      <dd className={`text-xs ${good ? "text-green-700" : bad ? "text-red-700" : "text-zinc-500"}`}>
        <span data-testid={`${testId}-change`}>{changeText(t, locale, change, against)}</span>
      </dd>
    </div>
  );
}

export function HeadlineFigures({ headlines, against }: { headlines: HeadlineView[]; against: string }) {
  const t = useTranslations("studio.sales.insights");
  const money = moneyIn(useLocale());
  return (
    <div className="flex flex-col gap-4">
      {headlines.map((h) => (
        <section key={h.currency} aria-label={t("figuresIn", { currency: h.currency })}>
          {headlines.length > 1 ? (
            <h2 className="mb-2 text-sm font-medium text-zinc-700">{h.currency}</h2>
          ) : null}
          <dl
            className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-5"
            data-testid={`headline-${h.currency}`}
          >
            <Figure
              label={t("figures.revenue")}
              value={money(h.gross, h.currency)}
              change={h.change.gross}
              against={against}
              testId="figure-revenue"
            />
            <Figure
              label={t("figures.orders")}
              value={String(h.orders)}
              change={h.change.orders}
              against={against}
              testId="figure-orders"
            />
            <Figure
              label={t("figures.tickets")}
              value={String(h.tickets)}
              change={h.change.tickets}
              against={against}
              testId="figure-tickets"
            />
            <Figure
              label={t("figures.average")}
              value={money(h.averageOrder, h.currency)}
              change={h.change.averageOrder}
              against={against}
              testId="figure-average"
            />
            <Figure
              label={
                h.refundCount ? t("figures.refundsCounted", { count: h.refundCount }) : t("figures.refunds")
              }
              value={money(h.refunds, h.currency)}
              change={h.change.refunds}
              against={against}
              risingIsBad
              testId="figure-refunds"
            />
          </dl>
        </section>
      ))}
    </div>
  );
}
