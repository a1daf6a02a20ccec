import Link from "next/link";
import { notFound } from "next/navigation";
import { studioEvent } from "@/server/offering";
import { isDomainError } from "@/server/platform/errors";
import { PageTitle } from "@/components/ui";
import { formatDateTime } from "@/components/format";
import { studioBrand } from "../../../../_lib/guard";
import { CheckInDesk } from "../../../_components/check-in-desk";

export const metadata = { title: "Check-in" };

export default async function CheckIn({ params }: { params: Promise<{ brand: string; event: string }> }) {
  const { brand: slug, event: eventId } = await params;
  const { brand } = await studioBrand(slug, "checkin");
  const event = await studioEvent(brand.id, eventId).catch((e) => {
    if (isDomainError(e)) notFound();
    throw e;
  });
  return (
    <div className="mx-auto max-w-xl">
      <Link href={`/studio/${brand.slug}`} className="text-sm text-zinc-600 underline">← {brand.name}</Link>
      <PageTitle sub={`${formatDateTime(event.startsAt, event.timeZone)} · ${event.venue}`}>Check-in: {event.name}</PageTitle>
      <CheckInDesk brandSlug={brand.slug} eventId={event.id} />
    </div>
  );
}
