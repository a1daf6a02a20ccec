// Events are delivered in transaction-id order as numbers: ids of different lengths ("99" and
// "100") once sorted as text, and a pass skipped the smaller one for ever (docs/adr/0004).
import { describe, it, expect } from "vitest";
import { db } from "@/server/platform/db";
import { dispatchOnce, type Subscriber } from "@/server/eventlog";

/** An event as a transaction with this id wrote it (ids long past: below every running one). */
const written = (stream: string, transactionId: number) =>
  db().$executeRaw`INSERT INTO event_log (transaction_id, stream_id, stream_version, type, payload, metadata)
    VALUES (${String(transactionId)}::xid8, ${stream}, 1, 'Numbered', '{}'::jsonb,
      ${JSON.stringify({ actor: "test", brandId: "brand-a", correlationId: "c", causationId: null })}::jsonb)`;

describe("delivery order", () => {
  it("follows transaction ids as numbers, one event per read, skipping none across 99 → 100", async () => {
    await written("n-100", 100); // the lower position, the later transaction
    await written("n-99", 99);
    await written("n-1000", 1000);
    const delivered: string[] = [];
    const sub: Subscriber = {
      name: "test:numbered",
      handles: ["Numbered"],
      async handle(e) {
        delivered.push(e.streamId);
      },
    };
    for (let i = 0; i < 10; i++) await dispatchOnce([sub], { batchSize: 1 });
    expect(delivered).toEqual(["n-99", "n-100", "n-1000"]);
  });
});
