// Rate limits shared by every process: a fixed-window counter per key in PostgreSQL. Enough to
// stop a script from emptying a pool with holds; a person never meets it.
import { db } from "./db";
import { DomainError } from "./errors";

export async function rateLimit(key: string, limit: number, windowMs: number, now: Date): Promise<void> {
  const start = new Date(Math.floor(now.getTime() / windowMs) * windowMs);
  const rows = await db().$queryRaw<{ count: number }[]>`
    INSERT INTO rate_limit (key, window_start, count) VALUES (${key}, ${start}, 1)
    ON CONFLICT (key, window_start) DO UPDATE SET count = rate_limit.count + 1
    RETURNING count`;
  if (Math.random() < 0.02) await db().$executeRaw`DELETE FROM rate_limit WHERE window_start < ${new Date(now.getTime() - 3_600_000)}`;
  if ((rows[0]?.count ?? 0) > limit) {
    const retryAfter = Math.max(1, Math.ceil((start.getTime() + windowMs - now.getTime()) / 1000));
    throw new DomainError("TooManyRequests", `Too many attempts. Try again in ${retryAfter} s.`, { retryAfter });
  }
}
