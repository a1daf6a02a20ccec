// OrderRefunded has one shape. Rows written before it had (an order refunded item by item, with
// no `amount` nor `refundRef`) stay in the log as they are, and are read in today's shape.
import { describe, expect, it } from "vitest";
import { db } from "@/server/platform/db";
import { readStream, type RecordedEvent, type Subscriber } from "@/server/eventlog";
import { dispatchUntil } from "@/test/fixtures";
import type { CheckoutEvent, OrderRefunded } from "@/server/checkout";
// Loading checkout's door hands the event log its upcasters, as in every process reading its events.
import "@/server/checkout";

const meta = { actor: "system", brandId: "brand-1", correlationId: "o1", causationId: null };
const facts = {
  orderId: "o1",
  reference: "MQ-0001",
  eventId: "e1",
  buyerEmail: "ann@example.com",
  buyerName: "Ann",
  currency: "EUR",
};

/** A row as an older Marquee wrote it: straight into the log, no append of today's. */
async function writeOld(streamId: string, version: number, payload: Record<string, unknown>) {
  await db().$executeRaw`INSERT INTO event_log (stream_id, stream_version, type, payload, metadata)
    VALUES (${streamId}, ${version}, 'OrderRefunded', ${JSON.stringify(payload)}::jsonb, ${JSON.stringify(meta)}::jsonb)`;
}

describe("an OrderRefunded written in the old item-by-item shape", () => {
  it("is read, and delivered, in the one shape", async () => {
    await writeOld("order-o1", 1, { ...facts, reason: "items" });
    const late = {
      ...facts,
      orderId: "o2",
      reason: "sold_out_after_hold_expired",
      amount: 5000,
      refundRef: "re_1",
    };
    await writeOld("order-o2", 1, late);

    const [old] = await readStream<CheckoutEvent>("order-o1");
    expect(old!.payload).toEqual({ ...facts, reason: "items", amount: null, refundRef: null });
    // A payload already in the one shape comes back as it was.
    expect((await readStream<CheckoutEvent>("order-o2"))[0]!.payload).toEqual(late);

    const seen: RecordedEvent<OrderRefunded>[] = [];
    const mailer: Subscriber<OrderRefunded> = {
      name: "test:refunds",
      handles: ["OrderRefunded"],
      async handle(e) {
        seen.push(e);
      },
    };
    // Other test files' open transactions hold back what one pass may deliver (docs/adr/0004).
    await dispatchUntil([mailer], async () => seen.length >= 2);
    expect(seen.map((e) => [e.payload.orderId, e.payload.amount, e.payload.refundRef])).toEqual([
      ["o1", null, null],
      ["o2", 5000, "re_1"],
    ]);
  });
});
