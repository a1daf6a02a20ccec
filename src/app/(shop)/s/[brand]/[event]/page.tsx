import type { Metadata } from "next";
import { formatDateTime } from "@/components/format";
import { BuyForm } from "../_components/buy-form";
import { loadEvent as load } from "../_lib/load";

export async function generateMetadata({ params }: { params: Promise<{ brand: string; event: string }> }): Promise<Metadata> {
  const { brand, event } = await params;
  const { event: e, brand: b } = await load(brand, event);
  return { title: `${e.name} — ${b.name}` };
}

export default async function EventShop({ params, searchParams }: { params: Promise<{ brand: string; event: string }>; searchParams: Promise<{ declined?: string }> }) {
  const { brand: slug, event: eventSlug } = await params;
  const { declined } = await searchParams;
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
      {declined ? <p role="alert" className="rounded-lg border border-amber-300 bg-amber-50 px-3 py-2 text-amber-900">Your payment was declined, and nothing was charged. You can try again.</p> : null}
      <BuyForm brandSlug={brand.slug} eventId={event.id} />
    </article>
  );
}
