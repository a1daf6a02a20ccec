// What the shop says about an event (a server component, in the fan's language): header image, date and time
// in its time zone, venue, text.
import { formatEventDates } from "@/components/format";
import type { Locale } from "@/server/platform/i18n";
import { translatorFor } from "../_lib/locale";

type EventView = {
  name: string;
  venue: string;
  description: string;
  startsAt: Date;
  endsAt: Date;
  timeZone: string;
  headerImageKey: string | null;
};

export function EventDetails({
  event,
  locale,
  compact = false,
}: {
  event: EventView;
  locale: Locale;
  compact?: boolean;
}) {
  const t = translatorFor(locale);
  return (
    <div>
      {event.headerImageKey ? (
        // an uploaded file served by /files; next/image would need its own loader
        <img
          src={`/files/${event.headerImageKey}`}
          alt=""
          data-testid="event-header-image"
          className={`mb-5 w-full rounded-2xl object-cover ${compact ? "aspect-[4/1]" : "aspect-[3/1]"}`}
        />
      ) : null}
      <p className="text-brand text-sm font-semibold tracking-wide uppercase" data-testid="event-dates">
        {formatEventDates(event.startsAt, event.endsAt, event.timeZone, {
          locale,
          nextDay: t("shop.nextDay"),
        })}
      </p>
      <h1 className={`mt-1 font-bold tracking-tight ${compact ? "text-2xl" : "text-4xl"}`}>{event.name}</h1>
      <p className="mt-2 text-lg text-zinc-700">
        {event.venue}{" "}
        <span className="text-sm text-zinc-500">· {t("shop.timesIn", { timeZone: event.timeZone })}</span>
      </p>
      {event.description && !compact ? (
        <p className="mt-4 whitespace-pre-line text-zinc-700">{event.description}</p>
      ) : null}
    </div>
  );
}
