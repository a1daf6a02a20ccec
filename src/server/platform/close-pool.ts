import type pg from "pg";

/**
 * Ends `pool` and waits until every connection it had is closed. pg's `end()` resolves as soon
 * as it has asked them to close: a database stopped right after (npm start's stop) still finds
 * them open and ends each with "terminating connection due to administrator command".
 */
export async function closePool(pool: pg.Pool, waitAtMostMs = 2_000): Promise<void> {
  let open = pool.totalCount;
  const closed = new Promise<void>((resolve) => {
    if (open === 0) return resolve();
    pool.on("remove", () => {
      if (--open <= 0) resolve();
    });
    setTimeout(resolve, waitAtMostMs).unref();
  });
  await pool.end();
  await closed;
}
