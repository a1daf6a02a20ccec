// The time axis in the organizer's zone: "Tue 2 Mar" for days, "14:00" for hours and quarters.
import type { ChosenPeriod } from "@/server/insights";

export function slotLabel(at: Date, p: Pick<ChosenPeriod, "grain" | "timeZone">): string {
  const opts: Intl.DateTimeFormatOptions =
    p.grain === "day"
      ? { weekday: "short", day: "numeric", month: "short" }
      : { hour: "2-digit", minute: "2-digit", hourCycle: "h23" };
  return new Intl.DateTimeFormat("en-GB", { ...opts, timeZone: p.timeZone }).format(at);
}

export function quarterLabel(at: Date, timeZone: string): string {
  return new Intl.DateTimeFormat("en-GB", {
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
    timeZone,
  }).format(at);
}

/** "the 7 days before", "the day before": what the change is measured against. */
export function againstText(p: Pick<ChosenPeriod, "firstDay" | "lastDay">): string {
  const days =
    Math.round((Date.parse(`${p.lastDay}T00:00Z`) - Date.parse(`${p.firstDay}T00:00Z`)) / 86_400_000) + 1;
  return days === 1 ? "the day before" : `the ${days} days before`;
}

/** The period in words for headings: "Today", "Last 7 days", "1 Mar 2027 – 14 Mar 2027". */
export function periodText(p: Pick<ChosenPeriod, "key" | "firstDay" | "lastDay">): string {
  if (p.key === "today") return "Today";
  if (p.key === "7d") return "Last 7 days";
  if (p.key === "30d") return "Last 30 days";
  const f = (d: string) =>
    new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeZone: "UTC" }).format(
      new Date(`${d}T00:00Z`),
    );
  return p.firstDay === p.lastDay ? f(p.firstDay) : `${f(p.firstDay)} – ${f(p.lastDay)}`;
}
