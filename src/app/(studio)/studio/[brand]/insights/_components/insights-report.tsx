// The Insights page's body, for a brand (every event) or one event: the period form, headline
// figures against the previous period, then the charts. Everything is read here on the server,
// in parallel; the charts are client islands that only draw what they are given (docs/adr/0028).
import Link from "next/link";
import {
  choosePeriod,
  doorArrivals,
  headlineFigures,
  isEventDay,
  phaseProgress,
  poolFill,
  poolFillOverTime,
  promoCodeUse,
  revenueByProduct,
  revenueSplit,
  salesOverTime,
  salesOverTimeByProduct,
  slotsOf,
  stackSeries,
  type ChosenPeriod,
  type InsightsSearch,
  type StackBy,
} from "@/server/insights";
import { timeZones } from "@/server/offering";
import { clock } from "@/server/platform/clock";
import { HeadlineFigures } from "@/components/insights/headline-figures";
import { PeriodForm } from "@/components/insights/period-form";
import { channelName } from "@/components/insights/names";
import { studioLocale, studioT } from "../../../_lib/locale";
import { againstText, periodText, type SalesWords } from "./labels";
import { SalesSection } from "./sales-section";
import { PromoSection, RevenueSection } from "./revenue-section";
import { PhasesSection, PoolsSection } from "./now-sections";
import { DoorSection } from "./door-section";
import { PoolFillSection } from "./pool-fill-section";

type EventOfReport = {
  id: string;
  startsAt: Date;
  endsAt: Date;
  timeZone: string;
  products: { id: string; name: string }[];
};

type Scope = { brandId: string; eventId: string | null };

/** Sales over time as stacks: by channel (its name in words) or by product. */
async function salesSeriesBy(by: StackBy, scope: Scope, period: ChosenPeriod) {
  const slots = slotsOf(period);
  if (by === "channel") {
    const [points, common] = await Promise.all([
      salesOverTime(scope, period, period.grain, period.timeZone),
      studioT("common"),
    ]);
    return stackSeries(
      points.map((p) => ({
        at: p.at,
        currency: p.currency,
        key: p.channel,
        name: channelName(common, p.channel),
        value: p.gross,
      })),
      slots,
    );
  }
  const points = await salesOverTimeByProduct(scope, period, period.grain, period.timeZone);
  return stackSeries(
    points.map((p) => ({
      at: p.at,
      currency: p.currency,
      key: p.productId,
      name: p.productName,
      value: p.gross,
    })),
    slots,
  );
}

export async function InsightsReport({
  brand,
  event,
  products,
  search,
  defaultZone,
  path,
}: {
  brand: { id: string; slug: string; currency: string };
  /** Null for the brand's page (all its events). */
  event: EventOfReport | null;
  /** The products whose price phases are shown (the event's, or the brand's). */
  products: { id: string; name: string }[];
  search: InsightsSearch;
  defaultZone: string;
  /** This page's path, for the form and the links that keep the other choices. */
  path: string;
}) {
  const now = clock.now();
  const period = choosePeriod(search, defaultZone, now);
  const scope = { brandId: brand.id, eventId: event?.id ?? null };
  const eventProducts = event ? event.products.map((p) => p.id) : null;
  const [t, locale] = await Promise.all([studioT("sales"), studioLocale()]);
  const [headlines, series, revenue, promos, phases, pools, fill, arrivals] = await Promise.all([
    headlineFigures(scope, period),
    salesSeriesBy(search.by, scope, period),
    revenueByProduct(scope, period),
    promoCodeUse(scope, period),
    phaseProgress(brand.id, products, now),
    poolFill(brand.id, eventProducts, now),
    eventProducts ? poolFillOverTime(brand.id, eventProducts, period, now) : Promise.resolve(null),
    event ? doorArrivals(brand.id, event.id) : Promise.resolve(null),
  ]);
  const query = (by: StackBy) => {
    const q = new URLSearchParams({ period: period.key, tz: period.timeZone, by });
    if (period.key === "custom") {
      q.set("from", period.firstDay);
      q.set("to", period.lastDay);
    }
    return `${path}?${q}`;
  };
  return (
    <div className="flex flex-col gap-6" data-testid="insights">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <PeriodForm
          action={path}
          values={{
            period: period.key,
            firstDay: period.firstDay,
            lastDay: period.lastDay,
            timeZone: period.timeZone,
            by: search.by,
          }}
          timeZones={timeZones()}
        />
        <MoreLinks t={t} brandSlug={brand.slug} eventId={event?.id ?? null} />
      </div>
      <section aria-labelledby="insights-period">
        <h2 id="insights-period" className="mb-3 text-lg font-semibold" data-testid="insights-period">
          {periodText(t, period, locale)}{" "}
          <span className="text-sm font-normal text-zinc-500">
            {t("insights.followSales", { timeZone: period.timeZone })}
          </span>
        </h2>
        {headlines.length === 0 ? (
          <p
            className="rounded-2xl border border-dashed border-zinc-300 p-6 text-center text-zinc-600"
            data-testid="no-sales"
          >
            {t("insights.noSales")}
          </p>
        ) : (
          <HeadlineFigures headlines={headlines} against={againstText(t, period)} />
        )}
      </section>
      <SalesSection
        series={series}
        period={period}
        by={search.by}
        hrefBy={{ product: query("product"), channel: query("channel") }}
      />
      <div className="grid gap-6 lg:grid-cols-2">
        <RevenueSection
          split={revenueSplit(revenue.products, revenue.components)}
          products={revenue.products}
        />
        <PromoSection promos={promos} />
        <PhasesSection progress={phases} currency={brand.currency} timeZone={period.timeZone} />
        <PoolsSection pools={pools} />
      </div>
      {fill ? <PoolFillSection fill={fill} period={period} /> : null}
      {event && arrivals ? (
        <DoorSection arrivals={arrivals} timeZone={event.timeZone} live={isEventDay(event, now)} />
      ) : null}
    </div>
  );
}

const moreLink = "rounded-lg border border-zinc-300 bg-white px-3 py-2 text-sm font-medium hover:bg-zinc-100";

/** The header's right-hand side: the spreadsheets of the same scope, and who did what. */
function MoreLinks({ t, brandSlug, eventId }: { t: SalesWords; brandSlug: string; eventId: string | null }) {
  const insights = `/studio/${encodeURIComponent(brandSlug)}/insights`;
  const event = eventId ? encodeURIComponent(eventId) : null;
  return (
    <nav aria-label={t("insights.more")} className="flex flex-wrap gap-2">
      <Link
        href={`${insights}/exports${event ? `?event=${event}` : ""}`}
        className={moreLink}
        data-testid="insights-exports"
      >
        {t("insights.exportLink")}
      </Link>
      <Link
        href={`${insights}/audit${event ? `?stream=event&id=${event}` : ""}`}
        className={moreLink}
        data-testid="insights-audit"
      >
        {t("history.auditLog")}
      </Link>
    </nav>
  );
}
