// The rules of the shared snapshots (docs/adr/0024), with the clock in the test's hand: no read in
// the fresh window, one version read after it, a re-read when the version moves or the value's
// time is up, a local write ending the window, at most `max` keys kept.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { clock } from "./clock";
import { FRESH_MS, Lru, SingleFlight, VersionedCache, noteLocalWrite, type Versioned } from "./fresh";

let now = 0;
beforeEach(() => {
  now = Date.parse("2030-01-01T12:00:00Z");
  vi.spyOn(clock, "now").mockImplementation(() => new Date(now));
});
afterEach(() => vi.restoreAllMocks());

/** A database of versioned values, counting what it is asked. */
function fakeDb() {
  const db = {
    versions: new Map<string, number>(),
    until: null as number | null,
    versionReads: 0,
    loads: 0,
  };
  const cache = (max = 10) =>
    new VersionedCache<string, string>(
      {
        version: async (key) => {
          db.versionReads++;
          return String(db.versions.get(key) ?? 0);
        },
        load: async (key): Promise<Versioned<string>> => {
          db.loads++;
          const v = db.versions.get(key) ?? 0;
          return { version: String(v), value: `${key}@${v}`, until: db.until };
        },
      },
      { max },
    );
  return { db, cache };
}
const at = () => new Date(now);

describe("a shared snapshot", () => {
  it("is read once, then served without any query within its fresh window", async () => {
    const { db, cache } = fakeDb();
    const c = cache();
    expect((await c.get("e1", at())).value).toBe("e1@0");
    now += FRESH_MS - 1;
    expect((await c.get("e1", at())).value).toBe("e1@0");
    expect({ loads: db.loads, versionReads: db.versionReads }).toEqual({ loads: 1, versionReads: 0 });
  });

  describe("when the fresh window is over", () => {
    it("keeps the same value after one version read when nothing changed", async () => {
      const { db, cache } = fakeDb();
      const c = cache();
      const first = await c.get("e1", at());
      now += FRESH_MS;
      expect(await c.get("e1", at())).toBe(first);
      expect({ loads: db.loads, versionReads: db.versionReads }).toEqual({ loads: 1, versionReads: 1 });
      // …and that check opens a new window.
      now += FRESH_MS - 1;
      await c.get("e1", at());
      expect(db.versionReads).toBe(1);
    });

    it("reads afresh when the version moved", async () => {
      const { db, cache } = fakeDb();
      const c = cache();
      await c.get("e1", at());
      db.versions.set("e1", 1);
      now += 10;
      expect((await c.get("e1", at())).value).toBe("e1@0"); // not yet: still fresh
      now += FRESH_MS;
      expect((await c.get("e1", at())).value).toBe("e1@1");
      expect(db.loads).toBe(2);
    });

    it("shares one version read among callers arriving together", async () => {
      const { db, cache } = fakeDb();
      const c = cache();
      await c.get("e1", at());
      now += FRESH_MS;
      await Promise.all([c.get("e1", at()), c.get("e1", at()), c.get("e1", at())]);
      expect(db.versionReads).toBe(1);
    });
  });

  it("ends the window at once when this process writes", async () => {
    const { db, cache } = fakeDb();
    const c = cache();
    await c.get("e1", at());
    db.versions.set("e1", 1);
    noteLocalWrite();
    expect((await c.get("e1", at())).value).toBe("e1@1");
  });

  it("ends the window when the clock moves back", async () => {
    const { db, cache } = fakeDb();
    const c = cache();
    await c.get("e1", at());
    now -= 1000;
    await c.get("e1", at());
    expect(db.versionReads).toBe(1);
  });

  it("is read afresh when its time is up (a hold runs out), even within the window and at the same version", async () => {
    const { db, cache } = fakeDb();
    const c = cache();
    db.until = now + 100;
    await c.get("e1", at());
    now += 99;
    await c.get("e1", at());
    expect(db.loads).toBe(1);
    now += 1;
    db.until = null; // no hold after it
    await c.get("e1", at());
    expect(db.loads).toBe(2);
    expect(db.versionReads).toBe(0);
  });

  it("keeps at most `max` keys, forgetting the least recently asked for", async () => {
    const { db, cache } = fakeDb();
    const c = cache(2);
    await c.get("e1", at());
    await c.get("e2", at());
    await c.get("e1", at()); // e1 asked again: e2 is now the oldest
    await c.get("e3", at());
    expect(c.size).toBe(2);
    expect(db.loads).toBe(3);
    await c.get("e1", at());
    expect(db.loads).toBe(3);
    await c.get("e2", at());
    expect(db.loads).toBe(4);
  });

  it("keeps nothing of a failed read: the next caller tries again", async () => {
    let fail = true;
    const c = new VersionedCache<string, string>(
      {
        version: async () => "1",
        load: async () => {
          if (fail) throw new Error("connection lost");
          return { version: "1", value: "ok", until: null };
        },
      },
      { max: 10 },
    );
    await expect(c.get("e1", at())).rejects.toThrow("connection lost");
    fail = false;
    expect((await c.get("e1", at())).value).toBe("ok");
  });
});

describe("reads in flight", () => {
  it("are shared by callers arriving together, but not with one arriving after this process wrote", async () => {
    const flight = new SingleFlight<string, number>();
    let reads = 0;
    const read = () => new Promise<number>((done) => setTimeout(() => done(++reads), 5));
    const first = flight.run("e1", read);
    const together = flight.run("e1", read);
    noteLocalWrite();
    const afterWrite = flight.run("e1", read);
    expect(await together).toBe(await first);
    expect(await afterWrite).not.toBe(await first);
  });
});

describe("an LRU map", () => {
  it("drops the least recently used entry beyond its size", () => {
    const m = new Lru<string, number>(2);
    m.set("a", 1);
    m.set("b", 2);
    m.get("a");
    m.set("c", 3);
    expect([m.has("a"), m.has("b"), m.has("c")]).toEqual([true, false, true]);
  });
});
