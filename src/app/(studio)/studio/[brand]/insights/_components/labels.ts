// The Insights page's words for time and for what the read models name in English, in the
// Studio's language: "Tue 2 Mar" for days, "14:00" for hours and quarters, in the organizer's zone.
import { ALONE, OTHER, type ChosenPeriod } from "@/server/insights";
import { dateTagOf, type Locale } from "@/server/platform/i18n";
import type { studioT } from "../../../_lib/locale";

/** The Studio's sales words (studio.sales) on the server, in the page's language. */
export type SalesWords = Awaited<ReturnType<typeof studioT<"sales">>>;

export function slotLabel(at: Date, p: Pick<ChosenPeriod, "grain" | "timeZone">, locale: Locale): string {
  const opts: Intl.DateTimeFormatOptions =
    p.grain === "day"
      ? { weekday: "short", day: "numeric", month: "short" }
      : { hour: "2-digit", minute: "2-digit", hourCycle: "h23" };
  return new Intl.DateTimeFormat(dateTagOf(locale), { ...opts, timeZone: p.timeZone }).format(at);
}

export function quarterLabel(at: Date, timeZone: string, locale: Locale): string {
  return new Intl.DateTimeFormat(dateTagOf(locale), {
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
    timeZone,
  }).format(at);
}

/** "the 7 days before", "the day before": what the change is measured against. */
export function againstText(t: SalesWords, p: Pick<ChosenPeriod, "firstDay" | "lastDay">): string {
  const days =
    Math.round((Date.parse(`${p.lastDay}T00:00Z`) - Date.parse(`${p.firstDay}T00:00Z`)) / 86_400_000) + 1;
  return t("insights.against", { days });
}

/** The period in words for headings: "Today", "Last 7 days", "1 Mar 2027 – 14 Mar 2027". */
export function periodText(
  t: SalesWords,
  p: Pick<ChosenPeriod, "key" | "firstDay" | "lastDay">,
  locale: Locale,
): string {
  if (p.key !== "custom") return t(`insights.periods.${p.key}`);
  const f = (d: string) =>
    new Intl.DateTimeFormat(dateTagOf(locale), { dateStyle: "medium", timeZone: "UTC" }).format(
      new Date(`${d}T00:00Z`),
    );
  return p.firstDay === p.lastDay ? f(p.firstDay) : `${f(p.firstDay)} – ${f(p.lastDay)}`;
}

/**
 * A stack's name in the Studio's language: the read model names its own stacks in English ("Sold
 * alone", "In Night pack", "Other"); products and channels keep the names they were given.
 */
export function stackName(t: SalesWords, stack: { key: string; name: string }): string {
  if (stack.key === ALONE.key) return t("insights.soldAlone");
  if (stack.key === OTHER.key) return t("insights.other");
  if (stack.key.startsWith("bundle:"))
    return t("insights.inBundle", { bundle: stack.name.replace(/^In /, "") });
  return stack.name;
}
