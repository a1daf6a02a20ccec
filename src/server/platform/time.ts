// Event times are typed in the event's time zone and stored as instants (UTC).

/**
 * The zone's IANA name as the runtime spells it ("asia/tokyo" → "Asia/Tokyo"), or null when it is
 * not one. Any zone the runtime knows is accepted, aliases too (a browser may report
 * "Europe/Kyiv" where this runtime lists "Europe/Kiev"); a bare offset like "+02:00" is not a zone.
 */
export function canonicalTimeZone(tz: string): string | null {
  let name: string;
  try {
    name = new Intl.DateTimeFormat("en", { timeZone: tz }).resolvedOptions().timeZone;
  } catch {
    return null;
  }
  return /^[A-Za-z]/.test(name) ? name : null;
}

export function isTimeZone(tz: string): boolean {
  return canonicalTimeZone(tz) !== null;
}

/** Every IANA time zone this runtime knows, sorted (the runtime's list leaves out UTC). */
export function timeZones(): string[] {
  return [...new Set(["UTC", ...Intl.supportedValuesOf("timeZone")])].sort();
}

/** Offset of `tz` from UTC at `instant`, in milliseconds. */
function offsetAt(instant: number, tz: string): number {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone: tz,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
  }).formatToParts(new Date(instant));
  const get = (t: string) => Number(parts.find((p) => p.type === t)!.value);
  const asUtc = Date.UTC(
    get("year"),
    get("month") - 1,
    get("day"),
    get("hour"),
    get("minute"),
    get("second"),
  );
  return asUtc - Math.floor(instant / 1000) * 1000;
}

/**
 * "2026-12-01T20:00" in Europe/Berlin → the instant. Null when the text is not a real date-time
 * (30 February, 25:00…). A local time skipped by a daylight-saving change moves forward
 * (02:30 → 03:30); one that occurs twice is its first occurrence.
 */
export function zonedLocalToUtc(local: string, tz: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(local);
  if (!m) return null;
  const [y, mo, d, h, mi, s] = [+m[1]!, +m[2]!, +m[3]!, +m[4]!, +m[5]!, +(m[6] ?? 0)];
  const guess = Date.UTC(y, mo - 1, d, h, mi, s);
  const check = new Date(guess);
  if (
    check.getUTCFullYear() !== y ||
    check.getUTCMonth() !== mo - 1 ||
    check.getUTCDate() !== d ||
    check.getUTCHours() !== h ||
    check.getUTCMinutes() !== mi ||
    check.getUTCSeconds() !== s
  )
    return null;
  // The offsets in force a day either side; a candidate is right if the zone agrees with it.
  const offsets = [...new Set([offsetAt(guess - 86_400_000, tz), offsetAt(guess + 86_400_000, tz)])];
  const valid = offsets.map((o) => guess - o).filter((t) => offsetAt(t, tz) === guess - t);
  if (valid.length > 0) return new Date(Math.min(...valid));
  return new Date(guess - Math.min(...offsets)); // in the gap: keep the offset from before the change
}

export function formatInZone(
  d: Date,
  tz: string,
  opts: Intl.DateTimeFormatOptions = { dateStyle: "full", timeStyle: "short" },
): string {
  return new Intl.DateTimeFormat("en-GB", { ...opts, timeZone: tz }).format(d);
}

/** The instant as "2026-12-01T20:00" in `tz` — what a datetime-local input shows. */
export function utcToZonedLocal(d: Date, tz: string): string {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone: tz,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
  }).formatToParts(d);
  const get = (t: string) => parts.find((p) => p.type === t)!.value;
  return `${get("year")}-${get("month")}-${get("day")}T${get("hour")}:${get("minute")}`;
}
