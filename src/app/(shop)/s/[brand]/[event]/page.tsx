import type { Metadata } from "next";
import { BuyForm } from "../_components/buy-form";
import { ReturnNotice } from "../_components/return-notice";
import { EventDetails } from "../_components/event-details";
import { loadEvent as load } from "../_lib/load";
import { localeOfPage, type FanPage } from "../_lib/locale";

export async function generateMetadata({
  params,
}: {
  params: Promise<FanPage & { event: string }>;
}): Promise<Metadata> {
  const page = await params;
  const { event: e, brand: b } = await load(page.brand, page.event, await localeOfPage(page));
  return { title: `${e.name} — ${b.name}` };
}

// The page itself (brand, event, its texts) changes rarely: it is served from the cache and
// regenerated at most every 30 s (or at once when the organizer publishes). Availability, prices
// and the cart are live: the client fetches them. Being cached, it cannot carry a per-response
// CSP nonce: src/proxy.ts gives it the static policy (docs/adr/0017, with the figures).
export const revalidate = 30;
export async function generateStaticParams() {
  return [];
}

export default async function EventShop({ params }: { params: Promise<FanPage & { event: string }> }) {
  const page = await params;
  const locale = await localeOfPage(page);
  const { brand, event } = await load(page.brand, page.event, locale);
  return (
    <article className="flex flex-col gap-6">
      <EventDetails event={event} locale={locale} />
      <ReturnNotice />
      <BuyForm brandSlug={brand.slug} eventId={event.id} />
    </article>
  );
}
