import { describe, it, expect } from "vitest";
import pg from "pg";
import { transaction } from "@/server/platform/unit-of-work";
import { db } from "@/server/platform/db";
import {
  appendToStream,
  appendToStreams,
  dispatchOnce,
  readStream,
  StreamVersionConflict,
} from "@/server/eventlog";
import { defaultRetryPolicy, type DomainEvent, type RecordedEvent, type Subscriber } from "@/server/eventlog";
import { dispatchUntil } from "@/test/fixtures";

const meta = { actor: "test", brandId: "brand-1", correlationId: "cor-1", causationId: null };

/** Records what it is handed from the given streams (tests in this file share one database). */
function recorder(name: string, streams: string[]): Subscriber & { seen: RecordedEvent[] } {
  const seen: RecordedEvent[] = [];
  return {
    name,
    handles: ["Tested"],
    seen,
    async handle(e) {
      if (streams.includes(e.streamId)) seen.push(e);
    },
  };
}

describe("appending to a stream", () => {
  it("numbers events 1, 2, 3 and stores type, payload and metadata", async () => {
    await transaction((tx) =>
      appendToStream<DomainEvent>(
        tx,
        "s-numbers",
        0,
        [
          { type: "Tested", payload: { n: 1 } },
          { type: "Tested", payload: { n: 2 } },
        ],
        meta,
      ),
    );
    await transaction((tx) =>
      appendToStream<DomainEvent>(tx, "s-numbers", 2, [{ type: "Tested", payload: { n: 3 } }], meta),
    );
    const events = await readStream("s-numbers");
    expect(events.map((e) => [e.streamVersion, e.payload.n])).toEqual([
      [1, 1],
      [2, 2],
      [3, 3],
    ]);
    expect(events[0]!.metadata).toEqual(meta);
  });

  it("appends to many streams at once: each after its own last version, each with its metadata", async () => {
    await transaction((tx) =>
      appendToStream<DomainEvent>(tx, "s-many-old", 0, [{ type: "Tested", payload: { n: 1 } }], meta),
    );
    const other = { ...meta, correlationId: "cor-2" };
    await transaction((tx) =>
      appendToStreams<DomainEvent>(tx, [
        {
          streamId: "s-many-old",
          expectedVersion: "any",
          events: [
            { type: "Tested", payload: { n: 2 } },
            { type: "Tested", payload: { n: 3 } },
          ],
          metadata: meta,
        },
        {
          streamId: "s-many-new",
          expectedVersion: 0,
          events: [{ type: "Tested", payload: { n: 1 } }],
          metadata: other,
        },
      ]),
    );
    const old = await readStream("s-many-old");
    expect(old.map((e) => [e.streamVersion, e.payload.n])).toEqual([
      [1, 1],
      [2, 2],
      [3, 3],
    ]);
    const fresh = await readStream("s-many-new");
    expect(fresh.map((e) => [e.streamVersion, e.metadata.correlationId])).toEqual([[1, "cor-2"]]);

    // A stream said to be new that exists fails the whole call: nothing of it is written.
    const again = transaction((tx) =>
      appendToStreams<DomainEvent>(tx, [
        {
          streamId: "s-many-other",
          expectedVersion: 0,
          events: [{ type: "Tested", payload: {} }],
          metadata: meta,
        },
        {
          streamId: "s-many-new",
          expectedVersion: 0,
          events: [{ type: "Tested", payload: {} }],
          metadata: meta,
        },
      ]),
    );
    await expect(again).rejects.toBeInstanceOf(StreamVersionConflict);
    expect(await readStream("s-many-other")).toEqual([]);
  });

  it("fails with StreamVersionConflict when the stream moved past the expected version", async () => {
    await transaction((tx) =>
      appendToStream<DomainEvent>(tx, "s-conflict", 0, [{ type: "Tested", payload: {} }], meta),
    );
    await expect(
      transaction((tx) =>
        appendToStream<DomainEvent>(tx, "s-conflict", 0, [{ type: "Tested", payload: {} }], meta),
      ),
    ).rejects.toBeInstanceOf(StreamVersionConflict);
    expect(await readStream("s-conflict")).toHaveLength(1);
  });

  describe("when ten writers append to one new stream at once", () => {
    it("lets exactly one win and tells the others with a typed error", async () => {
      const results = await Promise.allSettled(
        Array.from({ length: 10 }, (_, i) =>
          transaction((tx) =>
            appendToStream<DomainEvent>(tx, "s-race", 0, [{ type: "Tested", payload: { writer: i } }], meta),
          ),
        ),
      );
      const won = results.filter((r) => r.status === "fulfilled");
      const lost = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
      expect(won).toHaveLength(1);
      expect(lost).toHaveLength(9);
      for (const l of lost) expect(l.reason).toBeInstanceOf(StreamVersionConflict);
      expect(await readStream("s-race")).toHaveLength(1);
    });
  });

  it("rolls the events back with the state change when the command's transaction fails", async () => {
    await expect(
      transaction(async (tx) => {
        await appendToStream<DomainEvent>(tx, "s-rollback", 0, [{ type: "Tested", payload: {} }], meta);
        throw new Error("the state change failed");
      }),
    ).rejects.toThrow("the state change failed");
    expect(await readStream("s-rollback")).toHaveLength(0);
  });
});

describe("dispatching", () => {
  it("delivers every event once, in order, and nothing again on the next run", async () => {
    const sub = recorder("test:in-order", ["s-d1"]);
    await transaction((tx) =>
      appendToStream<DomainEvent>(
        tx,
        "s-d1",
        0,
        [1, 2, 3].map((n) => ({ type: "Tested", payload: { n } })),
        meta,
      ),
    );
    await dispatchUntil([sub], async () => sub.seen.length >= 3);
    await dispatchOnce([sub]);
    expect(sub.seen.map((e) => e.payload.n)).toEqual([1, 2, 3]);
  });

  describe("when the backlog takes longer to handle than one pass may last", () => {
    it("commits its progress pass by pass and delivers every event once", async () => {
      // A rush's paid orders: each slow to handle, too many for one pass's transaction.
      const sub = recorder("test:backlog", ["s-backlog"]);
      const slow: Subscriber = {
        ...sub,
        async handle(e) {
          await new Promise((resolve) => setTimeout(resolve, 40));
          await sub.handle(e);
        },
      };
      const ten = Array.from({ length: 10 }, (_, n) => ({ type: "Tested", payload: { n } }));
      await transaction((tx) => appendToStream<DomainEvent>(tx, "s-backlog", 0, ten, meta));
      const options = { passBudgetMs: 100 };
      // Other files' open transactions may hide the events from a pass or two (docs/adr/0004).
      let first = await dispatchOnce([slow], options);
      for (let i = 0; sub.seen.length === 0 && i < 300; i++) first = await dispatchOnce([slow], options);

      // That pass stopped when its time was spent, committed its checkpoint and says it is behind.
      expect(sub.seen.length).toBeGreaterThan(0);
      expect(sub.seen.length).toBeLessThan(10);
      expect(first.behind).toBe(true);
      await dispatchUntil([slow], async () => sub.seen.length >= 10, 15_000, options);
      expect(sub.seen.map((e) => e.payload.n)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    });
  });

  describe("when a transaction takes a position first but commits after a later one", () => {
    it("does not skip the late-committed event", async () => {
      const sub = recorder("test:late-commit", ["s-slow", "s-fast"]);
      const slow = new pg.Client({ connectionString: process.env.DATABASE_URL });
      await slow.connect();
      try {
        await slow.query("BEGIN");
        await slow.query(
          `INSERT INTO event_log (stream_id, stream_version, type, payload, metadata) VALUES ('s-slow', 1, 'Tested', '{"who":"slow"}', $1)`,
          [JSON.stringify(meta)],
        );
        // A later writer commits while the slow one is still open: it has a higher position.
        await transaction((tx) =>
          appendToStream<DomainEvent>(tx, "s-fast", 0, [{ type: "Tested", payload: { who: "fast" } }], meta),
        );
        const [slowPos, fastPos] = await Promise.all([
          slow.query<{ p: string }>(`SELECT position::text AS p FROM event_log WHERE stream_id = 's-slow'`),
          db().$queryRaw<
            { p: string }[]
          >`SELECT position::text AS p FROM event_log WHERE stream_id = 's-fast'`,
        ]);
        expect(BigInt(slowPos.rows[0]!.p)).toBeLessThan(BigInt(fastPos[0]!.p));

        await dispatchOnce([sub]);
        // While the slow transaction is open nothing after it is delivered, so nothing can overtake it.
        expect(sub.seen.map((e) => e.payload.who)).toEqual([]);

        await slow.query("COMMIT");
        await dispatchUntil([sub], async () => sub.seen.length >= 2);
        expect(sub.seen.map((e) => e.payload.who)).toEqual(["slow", "fast"]);
      } finally {
        await slow.end();
      }
    });
  });

  describe("when a handler fails", () => {
    it("keeps the progress before it, holds its stream behind it, and delivers both once fixed", async () => {
      let failOn: number | null = 2;
      const seen: number[] = [];
      const flaky: Subscriber = {
        name: "test:flaky",
        handles: ["Tested"],
        async handle(e) {
          if (e.streamId !== "s-flaky") return;
          const n = e.payload.n as number;
          if (n === failOn) throw new Error(`cannot handle ${n}`);
          seen.push(n);
        },
      };
      let now = new Date("2026-11-30T12:00:00Z");
      await transaction((tx) =>
        appendToStream<DomainEvent>(
          tx,
          "s-flaky",
          0,
          [1, 2, 3].map((n) => ({ type: "Tested", payload: { n } })),
          meta,
        ),
      );
      await dispatchUntil([flaky], async () => seen.length >= 1, 10_000, { now: () => now });
      // 3 is of the same stream: it waits behind 2 rather than overtake it.
      expect(seen).toEqual([1]);
      failOn = null;
      now = new Date(now.getTime() + 10_000);
      const options = { now: () => now, policy: defaultRetryPolicy };
      await dispatchUntil([flaky], async () => seen.length >= 3, 10_000, options);
      expect(seen).toEqual([1, 2, 3]);
    });
  });
});
