import { formatEventDates } from "@/components/format";
import { CheckInDesk } from "../../../_components/check-in-desk";
import { studioLocale, studioT } from "../../../../_lib/locale";
import { eventRoute, type EventParams } from "../_components/event-route";

export async function generateMetadata() {
  return { title: (await studioT("sales"))("checkIn.title") };
}

export default async function CheckIn({ params }: { params: EventParams }) {
  const { brand, event } = await eventRoute(params, "checkin");
  const [t, locale] = await Promise.all([studioT("sales"), studioLocale()]);
  return (
    <div className="w-full max-w-xl">
      {/* The doors this desk admits to, in the staff's words: no time zone, just when and where. */}
      <p className="mb-3 text-sm text-zinc-600">
        {formatEventDates(event.startsAt, event.endsAt, event.timeZone, {
          locale,
          nextDay: t("checkIn.nextDay"),
        })}{" "}
        · {event.venue}
      </p>
      <CheckInDesk brandSlug={brand.slug} eventId={event.id} />
    </div>
  );
}
