// Issue 11, finding 5: one handler that fails on every attempt must not freeze the others.
import { describe, it, expect } from "vitest";
import { transaction } from "@/server/platform/unit-of-work";
import { appendToStream, dispatchOnce, listParked, replayParked } from "@/server/eventlog";
import type { DispatchOptions, DomainEvent, RecordedEvent, Subscriber } from "@/server/eventlog";
import { db } from "@/server/platform/db";

const STREAMS = ["p-order-a1", "p-order-a2", "p-order-b1"];
const brandOf = (stream: string) => (stream.includes("-a") ? "brand-a" : "brand-b");
const append = (stream: string, version: number, n: number) => {
  const meta = { actor: "test", brandId: brandOf(stream), correlationId: "c", causationId: null };
  const shipped = [{ type: "Shipped", payload: { n } }];
  return transaction((tx) => appendToStream<DomainEvent>(tx, stream, version, shipped, meta));
};

/**
 * Dispatch until nothing is left behind: a transaction open anywhere on this PostgreSQL server
 * holds back what a pass may deliver (docs/adr/0004). The clock does not move meanwhile.
 */
async function settle(subs: Subscriber[], options: DispatchOptions) {
  for (let i = 0; ; i++) {
    const r = await dispatchOnce(subs, options);
    if (!r.behind || i > 300) return r;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Records every event of this test's streams it is handed; `poisoned` throws instead. */
function subscriber(name: string, poisoned: (e: RecordedEvent) => boolean = () => false) {
  const seen: string[] = [];
  const tried: number[] = [];
  const sub: Subscriber = {
    name,
    handles: ["Shipped"],
    async handle(e) {
      if (!STREAMS.includes(e.streamId)) return;
      if (poisoned(e)) {
        tried.push(e.streamVersion);
        throw new Error(`the carrier refused shipment ${e.streamId}:${e.streamVersion}`);
      }
      seen.push(`${e.streamId}:${e.streamVersion}`);
    },
  };
  return { sub, seen, tried };
}

describe("when one subscriber's handler fails on every attempt for one event (a poisoned event)", () => {
  it("keeps all else flowing, retries it with growing delays, parks it, replays it once fixed", async () => {
    let fixed = false;
    const poisoned = (e: RecordedEvent) => !fixed && e.streamId === "p-order-a1" && e.streamVersion === 1;
    const mail = subscriber("test:poison-mail", poisoned);
    const audit = subscriber("test:poison-audit");
    const sales = subscriber("test:poison-sales");
    // The failing subscriber comes first: before, it stopped everything after it.
    const subs = [mail.sub, audit.sub, sales.sub];
    let now = new Date("2026-11-30T12:00:00Z");
    const options = { now: () => now, policy: { maxAttempts: 3, firstDelayMs: 1000, maxDelayMs: 60_000 } };
    const later = (ms: number) => (now = new Date(now.getTime() + ms));

    await append("p-order-a1", 0, 1); // the poisoned one (brand A)
    await append("p-order-b1", 0, 1); // another brand
    await append("p-order-a2", 0, 1); // another order of the same brand
    await append("p-order-a1", 1, 2); // the same order, after the poisoned event

    await settle(subs, options);
    // Every other subscriber has everything; the failing one has every other order.
    const all = ["p-order-a1:1", "p-order-b1:1", "p-order-a2:1", "p-order-a1:2"];
    for (const s of [audit, sales]) expect(s.seen).toEqual(all);
    expect(mail.seen).toEqual(["p-order-b1:1", "p-order-a2:1"]);
    const held = async () =>
      db().heldDelivery.findMany({ where: { subscriber: "test:poison-mail" }, orderBy: { position: "asc" } });
    const states = async () => (await held()).map((r) => [r.streamId, r.status, r.attempts]);
    let rows = await held();
    expect(await states()).toEqual([
      ["p-order-a1", "retrying", 1],
      ["p-order-a1", "waiting", 0],
    ]);
    expect(rows[0]!.nextAttemptAt!.getTime() - now.getTime()).toBe(1000);
    expect(rows[0]!.lastError).toContain("the carrier refused shipment p-order-a1:1");

    // Not due yet: not tried again. New events of other orders still flow.
    await append("p-order-b1", 1, 2);
    await settle(subs, options);
    expect(mail.tried).toEqual([1]);
    expect(mail.seen).toEqual(["p-order-b1:1", "p-order-a2:1", "p-order-b1:2"]);

    later(1000);
    await settle(subs, options);
    rows = await held();
    expect(mail.tried).toEqual([1, 1]);
    expect([rows[0]!.status, rows[0]!.attempts]).toEqual(["retrying", 2]);
    expect(rows[0]!.nextAttemptAt!.getTime() - now.getTime()).toBe(2000); // the delay grew

    later(1999);
    await settle(subs, options);
    expect(mail.tried).toEqual([1, 1]);

    later(1);
    const result = await settle(subs, options);
    expect(mail.tried).toEqual([1, 1, 1]);
    expect(result.nextRetryAt).toBeNull();
    // Parked: the event of the same order that waited behind it is delivered now.
    expect(mail.seen).toEqual(["p-order-b1:1", "p-order-a2:1", "p-order-b1:2", "p-order-a1:2"]);
    expect(await states()).toEqual([["p-order-a1", "parked", 3]]);

    const parkedA = await listParked({ brandId: "brand-a" });
    expect(parkedA).toEqual([
      expect.objectContaining({
        subscriber: "test:poison-mail",
        streamId: "p-order-a1",
        eventType: "Shipped",
        brandId: "brand-a",
        attempts: 3,
        parkedAt: now,
      }),
    ]);
    expect(parkedA[0]!.lastError).toContain("the carrier refused shipment p-order-a1:1");
    expect(await listParked({ brandId: "brand-b" })).toEqual([]);

    // After parking, later events of that order flow as usual.
    await append("p-order-a1", 2, 3);
    await settle(subs, options);
    expect(mail.seen.at(-1)).toBe("p-order-a1:3");

    // Another brand cannot replay it.
    const id = parkedA[0]!.id;
    const byOtherBrand = replayParked(subs, id, { brandId: "brand-b", now });
    await expect(byOtherBrand).rejects.toMatchObject({ code: "NotFound" });
    // Still failing: it stays parked, with one more attempt.
    expect(await replayParked(subs, id, { brandId: "brand-a", now })).toEqual({
      delivered: false,
      error: expect.stringContaining("the carrier refused"),
    });
    expect((await listParked({ brandId: "brand-a" }))[0]!.attempts).toBe(4);

    fixed = true;
    expect(await replayParked(subs, id, { brandId: "brand-a", now })).toEqual({ delivered: true });
    expect(mail.seen.at(-1)).toBe("p-order-a1:1");
    expect(await listParked({ allBrands: true })).toEqual([]);
    for (const s of [audit, sales]) expect(s.seen).toHaveLength(6);
  });

  it("does not let a failure in one subscriber stop the subscribers after it in the same pass", async () => {
    const broken: Subscriber = {
      name: "test:always-broken",
      handles: "all",
      async handle() {
        throw new Error("broken");
      },
    };
    const after = subscriber("test:after-broken");
    await append("p-order-a2", 1, 2);
    const policy = { maxAttempts: 1, firstDelayMs: 1000, maxDelayMs: 1000 };
    const r = await settle([broken, after.sub], { now: () => new Date(), policy });
    expect(after.seen).toContain("p-order-a2:2");
    expect(r.behind).toBe(false);
  });
});
