import type { Metadata } from "next";
import { formatDateTime } from "@/components/format";
import { BuyForm } from "../_components/buy-form";
import { ReturnNotice } from "../_components/return-notice";
import { loadEvent as load } from "../_lib/load";

export async function generateMetadata({ params }: { params: Promise<{ brand: string; event: string }> }): Promise<Metadata> {
  const { brand, event } = await params;
  const { event: e, brand: b } = await load(brand, event);
  return { title: `${e.name} — ${b.name}` };
}

// The page itself (brand, event, its texts) changes rarely: it is served from the cache and
// regenerated at most every 30 s (or at once when the organizer publishes). Availability, prices
// and the cart are live: the client fetches them.
export const revalidate = 30;
export async function generateStaticParams() {
  return [];
}

export default async function EventShop({ params }: { params: Promise<{ brand: string; event: string }> }) {
  const { brand: slug, event: eventSlug } = await params;
  const { brand, event } = await load(slug, eventSlug);
  return (
    <article className="flex flex-col gap-6">
      <div>
        <p className="text-sm font-semibold uppercase tracking-wide text-brand">{formatDateTime(event.startsAt, event.timeZone, { weekday: "long", day: "numeric", month: "long", year: "numeric" })}</p>
        <h1 className="mt-1 text-4xl font-bold tracking-tight">{event.name}</h1>
        <p className="mt-2 text-lg text-zinc-700">
          {formatDateTime(event.startsAt, event.timeZone, { hour: "2-digit", minute: "2-digit", hourCycle: "h23" })}–{formatDateTime(event.endsAt, event.timeZone, { hour: "2-digit", minute: "2-digit", hourCycle: "h23" })} ({event.timeZone}) · {event.venue}
        </p>
        {event.description ? <p className="mt-4 whitespace-pre-line text-zinc-700">{event.description}</p> : null}
      </div>
      <ReturnNotice />
      <BuyForm brandSlug={brand.slug} eventId={event.id} />
    </article>
  );
}
