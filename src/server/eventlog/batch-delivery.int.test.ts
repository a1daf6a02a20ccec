// Issue 13, item 3: a subscriber that takes its new events many at a time (fulfilment after a
// rush) gets them in batches, and one failing event in a batch is held alone.
import { describe, it, expect } from "vitest";
import { transaction } from "@/server/platform/unit-of-work";
import { appendToStream, dispatchOnce } from "@/server/eventlog";
import type { BatchSubscriber, DomainEvent, RecordedEvent } from "@/server/eventlog";
import { db } from "@/server/platform/db";

const append = (stream: string, version: number, type = "Paid") => {
  const meta = { actor: "test", brandId: "brand-a", correlationId: "c", causationId: null };
  return transaction((tx) => appendToStream<DomainEvent>(tx, stream, version, [{ type, payload: {} }], meta));
};
const label = (e: RecordedEvent) => `${e.streamId}:${e.streamVersion}`;

describe("a subscriber that handles its events in batches", () => {
  it("gets one event per stream in a batch, and a failing event holds back only its own stream", async () => {
    const batches: string[][] = [];
    const delivered: string[] = [];
    const sub: BatchSubscriber = {
      name: "test:batch-fulfil",
      handles: ["Paid"],
      async handle(e) {
        delivered.push(label(e));
      },
      async handleBatch(events) {
        batches.push(events.map(label));
        const failures = events
          .filter((e) => label(e) === "b-order-1:1")
          .map((event) => ({ event, error: new Error("the payment provider lost this one") }));
        for (const e of events) if (label(e) !== "b-order-1:1") delivered.push(label(e));
        return failures;
      },
    };
    await append("b-order-1", 0); // fails
    await append("b-order-2", 0);
    await append("b-order-3", 0);
    await append("b-order-1", 1); // the same stream again: waits behind its failed event
    await append("b-order-4", 0);
    await append("b-order-2", 1);
    const now = new Date("2026-12-01T12:00:00Z");
    for (let i = 0; (await dispatchOnce([sub], { now: () => now })).behind && i < 300; i++)
      await new Promise((r) => setTimeout(r, 50));

    // Every new event came in a batch, in log order; a stream seen twice ends a batch, so an
    // event never runs beside the one before it. (How a pass splits them also depends on what
    // other transactions on the server leave visible: docs/adr/0004.)
    expect(batches.flat()).toEqual([
      "b-order-1:1",
      "b-order-2:1",
      "b-order-3:1",
      "b-order-4:1",
      "b-order-2:2",
    ]);
    for (const batch of batches) expect(new Set(batch.map((e) => e.split(":")[0])).size).toBe(batch.length);
    expect(batches.length).toBeLessThan(5); // batched, not one call per event
    expect(delivered).toEqual(["b-order-2:1", "b-order-3:1", "b-order-4:1", "b-order-2:2"]);
    const held = await db().heldDelivery.findMany({
      where: { subscriber: "test:batch-fulfil" },
      orderBy: { position: "asc" },
    });
    expect(held.map((r) => [r.streamId, r.status, r.attempts])).toEqual([
      ["b-order-1", "retrying", 1],
      ["b-order-1", "waiting", 0],
    ]);
    expect(held[0]!.lastError).toContain("the payment provider lost this one");
  });

  it("a subscriber that applies its batch in log order gets a stream's events together, and fails whole", async () => {
    const batches: string[][] = [];
    let failOnce = true;
    const sub: BatchSubscriber = {
      name: "test:in-log-order",
      handles: ["Counted"],
      inLogOrder: true,
      async handle() {},
      async handleBatch(events) {
        batches.push(events.map(label));
        if (failOnce) {
          failOnce = false;
          throw new Error("the read model's database went away");
        }
        return [];
      },
    };
    await append("l-order-1", 0, "Counted");
    await append("l-order-1", 1, "Counted");
    await append("l-order-2", 0, "Counted");
    await append("l-order-1", 2, "Counted");
    const now = new Date("2026-12-01T12:00:00Z");
    await dispatchOnce([sub], { now: () => now });

    // One batch of all four, in log order, though three are of one stream.
    expect(batches).toEqual([["l-order-1:1", "l-order-1:2", "l-order-2:1", "l-order-1:3"]]);
    // It broke as a whole: every event of it is held, each stream behind its first.
    const held = await db().heldDelivery.findMany({
      where: { subscriber: "test:in-log-order" },
      orderBy: { position: "asc" },
    });
    expect(held.map((r) => [r.streamId, r.status])).toEqual([
      ["l-order-1", "retrying"],
      ["l-order-1", "retrying"],
      ["l-order-2", "retrying"],
      ["l-order-1", "retrying"],
    ]);
  });
});
