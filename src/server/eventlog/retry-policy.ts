// When a subscriber tries a failing event again, and when it gives up (docs/adr/0015). Pure: the
// clock and the policy arrive as arguments, so tests step through the schedule without sleeping.

export type RetryPolicy = {
  /** Attempts in all, the first delivery included; after the last one fails the event is parked. */
  maxAttempts: number;
  /** The wait after the first failure; each further failure doubles it, up to `maxDelayMs`. */
  firstDelayMs: number;
  maxDelayMs: number;
};

export const defaultRetryPolicy: RetryPolicy = {
  maxAttempts: 5,
  firstDelayMs: 10_000,
  maxDelayMs: 10 * 60_000,
};

export type AfterFailure = { status: "retrying"; nextAttemptAt: Date } | { status: "parked" };

/** What happens after attempt number `attempts` (1 = the first delivery) failed at `now`. */
export function afterFailure(attempts: number, policy: RetryPolicy, now: Date): AfterFailure {
  if (attempts >= policy.maxAttempts) return { status: "parked" };
  const delay = Math.min(policy.firstDelayMs * 2 ** (attempts - 1), policy.maxDelayMs);
  return { status: "retrying", nextAttemptAt: new Date(now.getTime() + delay) };
}
