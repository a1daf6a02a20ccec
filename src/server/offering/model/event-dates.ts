// When an event happens, as people read it: always in the event's own time zone (never the
// server's or the reader's), one day, overnight, or several days. Pure: safe in the browser too.

import { dateTimeFormat } from "@/server/platform/intl-formats";

type Instant = Date | string;

type LocalTime = {
  /** "Tuesday, 30 March 2027" */
  day: string;
  /** "14:00" */
  time: string;
  /** "2027-03-30", to compare calendar days */
  date: string;
};

const DAY_MS = 86_400_000;

function localTime(at: Instant, timeZone: string, tag: string): LocalTime {
  const numeric = dateTimeFormat("en-US", {
    timeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).formatToParts(new Date(at));
  const part = (from: Intl.DateTimeFormatPart[], type: Intl.DateTimeFormatPartTypes) =>
    from.find((p) => p.type === type)?.value ?? "";
  const date = `${part(numeric, "year")}-${part(numeric, "month")}-${part(numeric, "day")}`;
  if (tag !== "en-GB") {
    // Other languages' own order and punctuation ("mardi 30 mars 2027", "Dienstag, 30. März 2027").
    const zoned = { timeZone, hourCycle: "h23" } as const;
    return {
      day: dateTimeFormat(tag, { ...zoned, dateStyle: "full" }).format(new Date(at)),
      time: dateTimeFormat(tag, { ...zoned, hour: "2-digit", minute: "2-digit" }).format(new Date(at)),
      date,
    };
  }
  const parts = dateTimeFormat("en-GB", {
    timeZone,
    weekday: "long",
    day: "numeric",
    month: "long",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).formatToParts(new Date(at));
  // Assembled from parts, not taken whole: ICU versions differ on the comma after the weekday.
  return {
    day: `${part(parts, "weekday")}, ${part(parts, "day")} ${part(parts, "month")} ${part(parts, "year")}`,
    time: `${part(parts, "hour")}:${part(parts, "minute")}`,
    date,
  };
}

function dayAfter(date: string): string {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
}

/**
 * An event's dates in its time zone:
 * - one day: "Tuesday, 30 March 2027 · 14:00–23:30"
 * - overnight (ends the next day, within 24 hours): "Friday, 12 March 2027 · 21:00–03:00 (next day)"
 * - several days: "Tuesday, 30 March 2027, 14:00 – Wednesday, 31 March 2027, 23:30"
 * In another language: `locale` (en, fr, de) and its words for "next day" (docs/adr/0033).
 */
export function formatEventDates(
  startsAt: Instant,
  endsAt: Instant,
  timeZone: string,
  words: { locale: string; nextDay: string } = { locale: "en", nextDay: "next day" },
): string {
  const tag = ({ fr: "fr-FR", de: "de-DE" } as Record<string, string>)[words.locale] ?? "en-GB";
  const start = localTime(startsAt, timeZone, tag);
  const end = localTime(endsAt, timeZone, tag);
  if (start.date === end.date) return `${start.day} · ${start.time}–${end.time}`;
  const lasts = new Date(endsAt).getTime() - new Date(startsAt).getTime();
  if (end.date === dayAfter(start.date) && lasts < DAY_MS)
    return `${start.day} · ${start.time}–${end.time} (${words.nextDay})`;
  return `${start.day}, ${start.time} – ${end.day}, ${end.time}`;
}
