// One event's Insights tab: its sales for a period in the event's time zone, its phases and
// pools now, and its door night.
import { insightsSearch } from "@/server/insights";
import { studioBrand, studioEventOr404 } from "../../../../_lib/guard";
import { eventParamsOr404 } from "../../../insights/_components/route-input";
import { InsightsReport } from "../../../insights/_components/insights-report";
import { studioT } from "../../../../_lib/locale";

export async function generateMetadata() {
  return { title: (await studioT("sales"))("insights.title") };
}

export default async function EventInsights({
  params,
  searchParams,
}: {
  params: Promise<{ brand: string; event: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { brand: slug, event: eventId } = await eventParamsOr404(params);
  const search = insightsSearch.parse(await searchParams);
  const { brand } = await studioBrand(slug, "brand:read");
  const event = await studioEventOr404(brand.id, eventId);
  return (
    <InsightsReport
      brand={brand}
      event={event}
      products={event.products.map((p) => ({ id: p.id, name: p.name }))}
      search={search}
      defaultZone={event.timeZone}
      path={`/studio/${brand.slug}/events/${event.id}/insights`}
    />
  );
}
