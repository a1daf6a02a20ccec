// When an event happens, as people read it: always in the event's own time zone (never the
// server's or the reader's), one day, overnight, or several days. Pure: safe in the browser too.

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

function localTime(at: Instant, timeZone: string): LocalTime {
  const parts = new Intl.DateTimeFormat("en-GB", {
    timeZone,
    weekday: "long",
    day: "numeric",
    month: "long",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).formatToParts(new Date(at));
  const numeric = new Intl.DateTimeFormat("en-US", {
    timeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).formatToParts(new Date(at));
  const part = (from: Intl.DateTimeFormatPart[], type: Intl.DateTimeFormatPartTypes) =>
    from.find((p) => p.type === type)?.value ?? "";
  // Assembled from parts, not taken whole: ICU versions differ on the comma after the weekday.
  return {
    day: `${part(parts, "weekday")}, ${part(parts, "day")} ${part(parts, "month")} ${part(parts, "year")}`,
    time: `${part(parts, "hour")}:${part(parts, "minute")}`,
    date: `${part(numeric, "year")}-${part(numeric, "month")}-${part(numeric, "day")}`,
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
 */
export function formatEventDates(startsAt: Instant, endsAt: Instant, timeZone: string): string {
  const start = localTime(startsAt, timeZone);
  const end = localTime(endsAt, timeZone);
  if (start.date === end.date) return `${start.day} · ${start.time}–${end.time}`;
  const lasts = new Date(endsAt).getTime() - new Date(startsAt).getTime();
  if (end.date === dayAfter(start.date) && lasts < DAY_MS)
    return `${start.day} · ${start.time}–${end.time} (next day)`;
  return `${start.day}, ${start.time} – ${end.day}, ${end.time}`;
}
