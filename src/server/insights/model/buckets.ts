// Time in the read models: every figure is kept per quarter hour (UTC). A quarter hour is the
// finest grain the Studio shows (check-ins on the night) and every time zone's offset is a
// whole number of quarter hours, so hours and days in any zone are sums of whole buckets.
export const BUCKET_MS = 15 * 60 * 1000;

/** The quarter hour an instant falls in (its start, UTC). */
export function bucketOf(at: Date): Date {
  return new Date(Math.floor(at.getTime() / BUCKET_MS) * BUCKET_MS);
}

export type Period = { from: Date; to: Date };

/** The period of the same length just before this one: what "change" compares against. */
export function previousPeriod(p: Period): Period {
  const length = p.to.getTime() - p.from.getTime();
  return { from: new Date(p.from.getTime() - length), to: new Date(p.from) };
}

/**
 * How a figure moved against the previous period, in basis points (+2500 = 25 % more).
 * Null when there was nothing before: "new", not an infinite rise.
 */
export function changeBp(current: number, previous: number): number | null {
  if (previous === 0) return null;
  return Math.round(((current - previous) * 10_000) / Math.abs(previous));
}
