// Sign-in throttling with a growing delay, per account (its address, whether or not an account
// exists) and per client address, in PostgreSQL like the other limits. After `limit` failures
// within WINDOW_MS the key is locked for 1 min, then 2, 4 … up to MAX_LOCK_MS; a quiet day
// forgets the lockouts. Checked before any password hash is verified (ADR 0016).
import { db, transaction } from "./db";

export const WINDOW_MS = 15 * 60_000;
const FIRST_LOCK_MS = 60_000;
const MAX_LOCK_MS = 64 * 60_000;
const FORGET_MS = 24 * 3_600_000;

export type ThrottleState = {
  failures: number;
  windowStart: Date;
  lockouts: number;
  lockedUntil: Date | null;
};

/** Seconds until this key may try again (0 = now). */
export function lockedFor(state: ThrottleState | null, now: Date): number {
  if (!state?.lockedUntil) return 0;
  return Math.max(0, Math.ceil((state.lockedUntil.getTime() - now.getTime()) / 1000));
}

/** The state after one more failed attempt. Pure: time arrives as an argument. */
export function afterFailure(state: ThrottleState | null, limit: number, now: Date): ThrottleState {
  const t = now.getTime();
  const forgotten = !state || (state.lockedUntil ?? state.windowStart).getTime() + FORGET_MS <= t;
  const lockouts = forgotten ? 0 : state.lockouts;
  const fresh = forgotten || state.windowStart.getTime() + WINDOW_MS <= t;
  const failures = (fresh ? 0 : state!.failures) + 1;
  const windowStart = fresh ? now : state!.windowStart;
  const lockedUntil = forgotten ? null : state!.lockedUntil;
  if (failures < limit) return { failures, windowStart, lockouts, lockedUntil };
  const lockMs = Math.min(MAX_LOCK_MS, FIRST_LOCK_MS * 2 ** lockouts);
  return { failures: 0, windowStart: now, lockouts: lockouts + 1, lockedUntil: new Date(t + lockMs) };
}

export type ThrottleKey = { key: string; limit: number };

/** The longest wait among these keys, in seconds (0 = may try now). */
export async function signInWait(keys: ThrottleKey[], now: Date): Promise<number> {
  const rows = await db().signInThrottle.findMany({ where: { key: { in: keys.map((k) => k.key) } } });
  return Math.max(0, ...rows.map((r) => lockedFor(r, now)));
}

export async function recordSignInFailure(keys: ThrottleKey[], now: Date): Promise<void> {
  await transaction(async (tx) => {
    for (const { key, limit } of keys) {
      // Created first so that concurrent failures queue on the row lock instead of racing the insert.
      await tx.$executeRaw`INSERT INTO sign_in_throttle (key, failures, window_start)
        VALUES (${key}, 0, ${now}) ON CONFLICT (key) DO NOTHING`;
      const [row] = await tx.$queryRaw<ThrottleState[]>`SELECT failures, window_start AS "windowStart",
        lockouts, locked_until AS "lockedUntil" FROM sign_in_throttle WHERE key = ${key} FOR UPDATE`;
      const next = afterFailure(row ?? null, limit, now);
      await tx.signInThrottle.update({ where: { key }, data: next });
    }
  });
}

/** A correct password clears the account's failures — not the client's (one known account must not). */
export async function clearSignInFailures(key: string): Promise<void> {
  await db().signInThrottle.deleteMany({ where: { key } });
}
