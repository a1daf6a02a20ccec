import Link from "next/link";
import { PageTitle } from "@/components/ui";
import { formatEventDates } from "@/components/format";
import { studioBrand, studioEventOr404 } from "../../../../_lib/guard";
import { CheckInDesk } from "../../../_components/check-in-desk";

export const metadata = { title: "Check-in" };

export default async function CheckIn({ params }: { params: Promise<{ brand: string; event: string }> }) {
  const { brand: slug, event: eventId } = await params;
  const { brand } = await studioBrand(slug, "checkin");
  const event = await studioEventOr404(brand.id, eventId);
  return (
    <div className="mx-auto max-w-xl">
      <Link href={`/studio/${brand.slug}`} className="text-sm text-zinc-600 underline">
        ← {brand.name}
      </Link>
      <PageTitle sub={`${formatEventDates(event.startsAt, event.endsAt, event.timeZone)} · ${event.venue}`}>
        Check-in: {event.name}
      </PageTitle>
      <CheckInDesk brandSlug={brand.slug} eventId={event.id} />
    </div>
  );
}
