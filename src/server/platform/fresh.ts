// Reads shared by every request of this process — the shop's brand, catalog and pool counters for
// the live offer — trusted for a short "fresh" window without asking the database at all, then
// kept or re-read after one cheap version query (docs/adr/0024). A write this process commits
// ends every fresh window at once, so a fan sees their own hold; another process's write is seen
// after at most the window plus one version query.
import { clock } from "./clock";

/** How long a value read from the database is trusted without a query. */
export const FRESH_MS = 250;

let writes = 0;
/**
 * Where the count of this process's writes is also kept for the web front (web-server.mjs), which
 * answers a kept public read itself only while the count has not moved.
 */
const LOCAL_WRITES = Symbol.for("marquee.localWrites");
const shared = globalThis as { [LOCAL_WRITES]?: number };

/** This process committed a write (a transaction, a mutation): the next read checks versions. */
export function noteLocalWrite(): void {
  writes++;
  shared[LOCAL_WRITES] = writes;
}

/**
 * When a key was last known to match the database: within `freshMs` of that, and with no local
 * write since, it is trusted as is. Time is `clock.now()` (tests move it); a clock that moves
 * back ends the window too.
 */
export class FreshWindow<K> {
  private readonly checked = new Map<K, { at: number; writes: number }>();
  constructor(
    private readonly freshMs = FRESH_MS,
    private readonly max = 1000,
  ) {}

  /** A check starts now: what it vouches for is the state as of this moment. */
  begin(): { at: number; writes: number } {
    return { at: clock.now().getTime(), writes };
  }

  fresh(key: K): boolean {
    const c = this.checked.get(key);
    if (!c || c.writes !== writes) return false;
    const age = clock.now().getTime() - c.at;
    return age >= 0 && age < this.freshMs;
  }

  /** Until when `key` stays fresh (ms since the epoch), and at which count of local writes; null if stale. */
  validity(key: K): { until: number; writes: number } | null {
    if (!this.fresh(key)) return null;
    const c = this.checked.get(key)!;
    return { until: c.at + this.freshMs, writes: c.writes };
  }

  /** The value of `key` was found to match the database by a check begun at `since`. */
  mark(key: K, since: { at: number; writes: number }): void {
    this.checked.delete(key);
    this.checked.set(key, since);
    if (this.checked.size > this.max) this.checked.delete(this.checked.keys().next().value as K);
  }

  forget(key: K): void {
    this.checked.delete(key);
  }
}

/**
 * Concurrent callers for the same key share one promise (one version query or one re-read, not
 * one per request when a window ends under load). A failure is shared, then forgotten. A caller
 * arriving after a local write does not join a read begun before it (a fan sees their own hold).
 */
export class SingleFlight<K, V> {
  private readonly pending = new Map<K, { writes: number; p: Promise<V> }>();
  run(key: K, work: () => Promise<V>): Promise<V> {
    const running = this.pending.get(key);
    if (running && running.writes === writes) return running.p;
    const entry = { writes, p: work() };
    this.pending.set(key, entry);
    const done = () => {
      if (this.pending.get(key) === entry) this.pending.delete(key);
    };
    entry.p.then(done, done);
    return entry.p;
  }
}

/**
 * A least-recently-used map of at most `max` entries: memory stays bounded however many events
 * or brands a crowd asks about.
 */
export class Lru<K, V> {
  private readonly map = new Map<K, V>();
  constructor(private readonly max: number) {}
  get(key: K): V | undefined {
    const v = this.map.get(key);
    if (v !== undefined) {
      this.map.delete(key);
      this.map.set(key, v);
    }
    return v;
  }
  set(key: K, value: V): void {
    this.map.delete(key);
    this.map.set(key, value);
    if (this.map.size > this.max) this.map.delete(this.map.keys().next().value as K);
  }
  delete(key: K): void {
    this.map.delete(key);
  }
  has(key: K): boolean {
    return this.map.has(key);
  }
  get size(): number {
    return this.map.size;
  }
}

/**
 * A value as read, with the version it was read at and the instant (ms) it stops being true by time alone.
 */
export type Versioned<V> = { version: string; value: V; until: number | null };

/**
 * Values kept per key behind a fresh window and a version check, at most `max` keys (least
 * recently used go first):
 * - within the fresh window of its last check (no local write since), a value is served with no query;
 * - after it, `version(key)` is read; the same version keeps the value (the same object), another one
 *   reads it afresh with `load(key)`, which must read the version BEFORE the data it vouches for;
 * - at `until` (a hold runs out, a price phase ends) the value is re-read whatever its version.
 * Time is `clock.now()`; `at` is the instant the caller reads for.
 */
export class VersionedCache<K, V, A = void> {
  private readonly entries: Lru<K, Versioned<V>>;
  private readonly window: FreshWindow<K>;
  private readonly flight = new SingleFlight<K, Versioned<V>>();

  constructor(
    private readonly read: {
      version: (key: K, at: Date, arg: A) => Promise<string>;
      load: (key: K, at: Date, arg: A) => Promise<Versioned<V>>;
    },
    opts: { max: number; freshMs?: number },
  ) {
    this.entries = new Lru(opts.max);
    this.window = new FreshWindow(opts.freshMs ?? FRESH_MS, opts.max);
  }

  /** `arg`: what the reads need besides the key (the same for the same key). */
  async get(key: K, at: Date, arg: A): Promise<Versioned<V>> {
    const held = this.entries.get(key);
    const timely = (e: Versioned<V> | undefined): e is Versioned<V> =>
      !!e && (e.until === null || at.getTime() < e.until);
    if (timely(held) && this.window.fresh(key)) return held;
    const shared = await this.flight.run(key, async () => {
      const since = this.window.begin();
      const kept = this.entries.get(key);
      if (timely(kept) && (await this.read.version(key, at, arg)) === kept.version) {
        this.window.mark(key, since);
        return kept;
      }
      const fresh = await this.read.load(key, at, arg);
      this.entries.set(key, fresh);
      this.window.mark(key, since);
      return fresh;
    });
    // A read shared with a caller a moment earlier may end before this caller's instant.
    return timely(shared) ? shared : this.read.load(key, at, arg);
  }

  /** Drop a key (it was found gone). */
  forget(key: K): void {
    this.entries.delete(key);
    this.window.forget(key);
  }

  get size(): number {
    return this.entries.size;
  }
}
