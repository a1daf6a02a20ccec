import Link from "next/link";
import { shopBrand } from "@/server/distribution";
import { clock } from "@/server/platform/clock";
import { shopEvents } from "@/server/offering";
import { EmptyState } from "@/components/ui";
import { formatEventDates } from "@/components/format";

export default async function BrandShop({ params }: { params: Promise<{ brand: string }> }) {
  const { brand: slug } = await params;
  const brand = await shopBrand(slug);
  const events = await shopEvents(brand.id, clock.now());
  return (
    <div>
      <h1 className="mb-6 text-3xl font-bold tracking-tight">Upcoming events</h1>
      {events.length === 0 ? (
        <EmptyState title="Nothing on sale right now">Check back soon.</EmptyState>
      ) : (
        <ul className="flex flex-col gap-4">
          {events.map((e) => (
            <li key={e.id}>
              <Link
                href={`/s/${brand.slug}/${e.slug}`}
                className="hover:border-brand block rounded-2xl border border-zinc-200 bg-white p-5"
              >
                <p className="text-xl font-semibold">{e.name}</p>
                <p className="text-zinc-600">
                  {formatEventDates(e.startsAt, e.endsAt, e.timeZone)} · {e.venue}
                </p>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
