// The dispatcher asks "is anything beyond my checkpoint?" at the end of every pass. Caught up, the
// answer is no — and PostgreSQL had chosen to find that out by reading the whole log (a sequential
// scan: LIMIT 1 looks cheap to the planner). It must walk the index instead.
import { describe, expect, it } from "vitest";
import { db, Prisma } from "@/server/platform/db";
import { eventsAfterStatement } from "./read";

describe("given a log of 50,000 events and a checkpoint at its end", () => {
  it("when asked whether anything lies beyond, then PostgreSQL walks the index, not the log", async () => {
    await db().$executeRaw`INSERT INTO event_log (stream_id, stream_version, type, payload, metadata)
      SELECT 'plan-' || n, 1, 'Tested', '{}'::jsonb, '{}'::jsonb FROM generate_series(1, 50000) AS n`;
    // Not analyzed since (autovacuum runs now and then): the planner's guess, as in the bench.
    const [last] = await db().$queryRaw<{ transaction_id: string; position: bigint }[]>`
      SELECT transaction_id::text, position FROM event_log ORDER BY transaction_id DESC, position DESC LIMIT 1`;

    const atTheEnd = eventsAfterStatement({ transactionId: last!.transaction_id, position: last!.position });
    const [{ "QUERY PLAN": plan }] = await db().$queryRaw<[{ "QUERY PLAN": unknown }]>(
      Prisma.sql`EXPLAIN (FORMAT JSON) ${atTheEnd}`,
    );

    const text = JSON.stringify(plan);
    expect(text).not.toContain("Seq Scan");
    expect(text).toContain("event_log_transaction_id_position_idx");
  });
});
