// Rate limits shared by every process: a fixed-window counter per key in PostgreSQL. Enough to
// stop a script from emptying a pool with holds or guessing promo codes; a person never meets it.
import { db, Prisma, queryAtOnce } from "./db";
import { DomainError } from "./errors";

type Window = { key: string; start: Date; retryAfter: number };

function windowOf(key: string, windowMs: number, now: Date): Window {
  const start = new Date(Math.floor(now.getTime() / windowMs) * windowMs);
  const retryAfter = Math.max(1, Math.ceil((start.getTime() + windowMs - now.getTime()) / 1000));
  return { key, start, retryAfter };
}

/** Count one attempt in its window; the count including it. */
async function count(w: Window, now: Date): Promise<number> {
  const rows = await queryAtOnce<{ count: number }>(Prisma.sql`
    INSERT INTO rate_limit (key, window_start, count) VALUES (${w.key}, ${w.start}, 1)
    ON CONFLICT (key, window_start) DO UPDATE SET count = rate_limit.count + 1
    RETURNING count`);
  if (Math.random() < 0.02)
    await db()
      .$executeRaw`DELETE FROM rate_limit WHERE window_start < ${new Date(now.getTime() - 3_600_000)}`;
  return rows[0]?.count ?? 0;
}

const tooMany = (w: Window, what: string) =>
  new DomainError("TooManyRequests", `Too many ${what}. Try again in ${w.retryAfter} s.`, {
    retryAfter: w.retryAfter,
  });

export async function rateLimit(key: string, limit: number, windowMs: number, now: Date): Promise<void> {
  const w = windowOf(key, windowMs, now);
  if ((await count(w, now)) > limit) throw tooMany(w, "attempts");
}

/**
 * A limit on failed attempts only (wrong promo codes): each attempt is counted BEFORE it runs,
 * so parallel guesses cannot slip past the limit, and a client over it learns nothing from the
 * attempt; one that did not fail (`failed` says which) is given back. `what` names the attempts
 * in the message ("wrong codes").
 */
export async function limitFailures<T>(
  limit: { key: string; max: number; windowMs: number; now: Date; what: string },
  attempt: () => Promise<T>,
  failed: (e: unknown) => boolean,
): Promise<T> {
  const { key, max, windowMs, now, what } = limit;
  const w = windowOf(key, windowMs, now);
  if ((await count(w, now)) > max) throw tooMany(w, what);
  try {
    const result = await attempt();
    await giveBack(w);
    return result;
  } catch (e) {
    if (!failed(e)) await giveBack(w);
    throw e;
  }
}

async function giveBack(w: Window): Promise<void> {
  await db().$executeRaw`
    UPDATE rate_limit SET count = count - 1 WHERE key = ${w.key} AND window_start = ${w.start} AND count > 0`;
}
