// Insights across all the brand's events: what sold, when, where, and where the money went.
import { insightsSearch } from "@/server/insights";
import { catalogOfBrand, studioEvents } from "@/server/offering";
import { PageTitle } from "@/components/ui";
import { studioBrand } from "../../_lib/guard";
import { brandParamsOr404 } from "./_components/route-input";
import { InsightsReport } from "./_components/insights-report";
import { studioT } from "../../_lib/locale";

export async function generateMetadata() {
  return { title: (await studioT("sales"))("insights.title") };
}

export default async function BrandInsights({
  params,
  searchParams,
}: {
  params: Promise<{ brand: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { brand: slug } = await brandParamsOr404(params);
  const search = insightsSearch.parse(await searchParams);
  const { brand } = await studioBrand(slug, "brand:read");
  const t = await studioT("sales");
  const [events, catalog] = await Promise.all([studioEvents(brand.id), catalogOfBrand(brand.id)]);
  const eventName = new Map(events.map((e) => [e.id, e.name]));
  // A brand has no zone of its own: its first event's is the organizer's likeliest.
  const defaultZone = events[0]?.timeZone ?? "UTC";
  const products = catalog.map((p) => ({
    id: p.id,
    name: events.length > 1 ? `${eventName.get(p.eventId) ?? "?"} · ${p.name}` : p.name,
  }));
  return (
    <div>
      <PageTitle sub={`${brand.name} · ${t("insights.allEvents")}`}>{t("insights.title")}</PageTitle>
      <InsightsReport
        brand={brand}
        event={null}
        products={products}
        search={search}
        defaultZone={defaultZone}
        path={`/studio/${brand.slug}/insights`}
      />
    </div>
  );
}
