// The period and time zone an organizer looks at, as the Insights page's address carries them
// (?period=7d&tz=Europe/Berlin, or ?period=custom&from=2027-03-01&to=2027-03-14). Anything a
// client sends that is not one of these falls back to the default: a bad address shows the last
// 7 days, never an error. Days are the organizer's days, in the chosen zone.
import { z } from "zod";
import { canonicalTimeZone, utcToZonedLocal, zonedLocalToUtc } from "@/server/platform/time";
import type { Period } from "./buckets";

export const PERIOD_KEYS = ["today", "7d", "30d", "custom"] as const;
export type PeriodKey = (typeof PERIOD_KEYS)[number];
export const STACK_BY = ["product", "channel"] as const;
export type StackBy = (typeof STACK_BY)[number];

/** The longest custom period: a year and a day, so a daily chart stays readable. */
export const MAX_CUSTOM_DAYS = 367;

// Years a sale can have: outside them the calendar arithmetic would leave four-digit years.
const day = z
  .string()
  .regex(/^(19[7-9]\d|2[01]\d\d)-\d{2}-\d{2}$/)
  .refine((d) => dayStart(d, "UTC") !== null)
  .optional()
  .catch(undefined);

const zone = z
  .string()
  .max(64)
  .transform((tz) => canonicalTimeZone(tz) ?? undefined)
  .optional()
  .catch(undefined);

/** The Insights page's search params; every field has its default, so parsing never fails. */
export const insightsSearch = z.object({
  period: z.enum(PERIOD_KEYS).catch("7d"),
  from: day,
  to: day,
  tz: zone,
  by: z.enum(STACK_BY).catch("product"),
});
export type InsightsSearch = z.infer<typeof insightsSearch>;

export type Grain = "hour" | "day";

export type ChosenPeriod = Period & {
  key: PeriodKey;
  timeZone: string;
  /** Hours for a single day, days otherwise. */
  grain: Grain;
  /** The first and last day shown, inclusive, as the date inputs show them. */
  firstDay: string;
  lastDay: string;
};

/** 00:00 of `date` (YYYY-MM-DD) in `tz`, or null when it is not a real date. */
function dayStart(date: string, tz: string): Date | null {
  return zonedLocalToUtc(`${date}T00:00`, tz);
}

/** The date `n` days after `date` (both YYYY-MM-DD), on the calendar, not in hours. */
export function addDays(date: string, n: number): string {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + n)).toISOString().slice(0, 10);
}

const daysBetween = (first: string, last: string) =>
  Math.round((Date.parse(`${last}T00:00Z`) - Date.parse(`${first}T00:00Z`)) / 86_400_000);

/** What a key means today: the first and last day, inclusive. */
function daysOf(key: Exclude<PeriodKey, "custom">, today: string): [string, string] {
  if (key === "today") return [today, today];
  return [addDays(today, key === "7d" ? -6 : -29), today];
}

/**
 * The period the search params ask for, in `defaultZone` unless they name a zone. A custom period
 * needs both days, in order, at most MAX_CUSTOM_DAYS long; otherwise it is the last 7 days.
 */
export function choosePeriod(search: InsightsSearch, defaultZone: string, now: Date): ChosenPeriod {
  const timeZone = search.tz ?? canonicalTimeZone(defaultZone) ?? "UTC";
  const today = utcToZonedLocal(now, timeZone).slice(0, 10);
  const { from, to } = search;
  const customOk =
    search.period === "custom" &&
    from !== undefined &&
    to !== undefined &&
    daysBetween(from, to) >= 0 &&
    daysBetween(from, to) < MAX_CUSTOM_DAYS;
  const key: PeriodKey = customOk ? "custom" : search.period === "custom" ? "7d" : search.period;
  const [firstDay, lastDay] = customOk ? [from, to] : daysOf(key as Exclude<PeriodKey, "custom">, today);
  return {
    key,
    timeZone,
    grain: firstDay === lastDay ? "hour" : "day",
    firstDay,
    lastDay,
    from: dayStart(firstDay, timeZone)!,
    to: dayStart(addDays(lastDay, 1), timeZone)!,
  };
}

/** The start of every hour or day of the period, in its zone: the chart's axis, gaps included. */
export function slotsOf(p: ChosenPeriod): Date[] {
  if (p.grain === "hour") {
    const slots: Date[] = [];
    for (let t = p.from.getTime(); t < p.to.getTime(); t += 3_600_000) slots.push(new Date(t));
    return slots;
  }
  return Array.from({ length: daysBetween(p.firstDay, p.lastDay) + 1 }, (_, i) =>
    dayStart(addDays(p.firstDay, i), p.timeZone)!,
  );
}

/** Doors may be open: today, in the event's zone, is one of the event's days. */
export function isEventDay(event: { startsAt: Date; endsAt: Date; timeZone: string }, now: Date): boolean {
  const dayIn = (d: Date) => utcToZonedLocal(d, event.timeZone).slice(0, 10);
  const today = dayIn(now);
  return today >= dayIn(event.startsAt) && today <= dayIn(event.endsAt);
}
