import "server-only";
// An event's dates as the Studio shows them: the one rule (formatEventDates), in the event's time
// zone and the Studio's language.
import { formatEventDates } from "@/components/format";
import { studioLocale, studioT } from "../../../_lib/locale";

type Dated = { startsAt: Date; endsAt: Date; timeZone: string };

export async function studioEventDates(): Promise<(e: Dated) => string> {
  const [t, locale] = await Promise.all([studioT("catalog"), studioLocale()]);
  const words = { locale, nextDay: t("nextDay") };
  return (e) => formatEventDates(e.startsAt, e.endsAt, e.timeZone, words);
}
