// Next's page cache, told about every other process's revalidations (docs/adr/0036). Each web
// process keeps its own copy of the rendered shop pages (Next's file-system cache: memory and
// .next/server), and `revalidatePath` (a theme saved, an event published, a catalog edit) marks
// only the copy of the process that ran it. This handler is Next's own cache, plus one thing: it
// sends every revalidation to the other processes through PostgreSQL (NOTIFY on one channel) and
// applies theirs to its own copy, as if it had run them. Where it cannot reach PostgreSQL it is
// Next's cache alone: pages then refresh on their own schedule (30 s for the event page).
// Plain JavaScript, named by next.config.js (Next bundles it into the server).
import { randomUUID } from "node:crypto";
import pg from "pg";
import fileSystemCache from "next/dist/server/lib/incremental-cache/file-system-cache.js";

// Node hands over the CommonJS module (its class in `default`); Next's bundler, the class itself.
const FileSystemCache = fileSystemCache.default ?? fileSystemCache;
const CHANNEL = "marquee_page_cache";
/** A NOTIFY payload holds under 8,000 bytes: tags are sent in groups of this many. */
const TAGS_PER_MESSAGE = 40;
const RECONNECT_MS = { first: 500, max: 30_000 };

/**
 * The process's one connection (it listens, and it sends), and the app's side of it
 * (src/server/platform/peers.ts): both on globalThis, one per process, whichever bundle loads this.
 */
const PEERS = Symbol.for("marquee.peers");
const peers = (globalThis[PEERS] ??= { listeners: new Map() });
peers.tell = (tags) => tellOthers(tags);
const CHANNEL_STATE = Symbol.for("marquee.pageCacheChannel");
// `origin` names this process, so that it skips its own messages (it has applied them already).
const shared = (globalThis[CHANNEL_STATE] ??= { channel: null, origin: randomUUID() });

/** A warning as the app's logger writes one (pino's JSON line, level 40). */
function warn(msg, e, fields = {}) {
  const err = { message: String(e?.message ?? e).slice(0, 300) };
  console.error(
    JSON.stringify({
      level: 40,
      time: Date.now(),
      service: "web",
      component: "page-cache",
      msg,
      err,
      ...fields,
    }),
  );
}

/** Another process revalidated these tags: this process's copy is revalidated the same way. */
function applyLocally(tags, durations) {
  return FileSystemCache.prototype.revalidateTag.call(null, tags, durations);
}

/** A message as it arrives, checked: anything else on the channel is ignored. */
function parseMessage(payload) {
  try {
    const m = JSON.parse(payload);
    if (typeof m?.origin !== "string" || !Array.isArray(m.tags)) return null;
    const tags = m.tags.filter((t) => typeof t === "string" && t.length <= 1_000).slice(0, TAGS_PER_MESSAGE);
    const d = m.durations;
    const durations =
      d && typeof d === "object"
        ? {
            ...(Number.isFinite(d.expire) ? { expire: d.expire } : {}),
            ...(Number.isFinite(d.stale) ? { stale: d.stale } : {}),
          }
        : undefined;
    return { origin: m.origin, tags, durations };
  } catch {
    return null;
  }
}

function connect(delay = RECONNECT_MS.first) {
  // Bounded, so that an action never waits long on telling others (its own change is done).
  const client = new pg.Client({
    connectionString: process.env.DATABASE_URL,
    connectionTimeoutMillis: 5_000,
    query_timeout: 2_000,
  });
  const state = { client, ready: null };
  const retry = (e) => {
    if (shared.channel !== state) return;
    shared.channel = null;
    warn("page cache: the other processes' revalidations are not heard; reconnecting", e, {
      retryInMs: delay,
    });
    client.end().catch(() => {});
    setTimeout(() => {
      if (!shared.channel) shared.channel = connect(Math.min(delay * 2, RECONNECT_MS.max));
    }, delay).unref();
  };
  client.on("error", retry);
  client.on("end", () => retry(new Error("connection ended")));
  client.on("notification", (n) => {
    if (n.channel !== CHANNEL || !n.payload) return;
    const m = parseMessage(n.payload);
    if (!m || m.origin === shared.origin || m.tags.length === 0) return;
    void applyLocally(m.tags, m.durations);
    for (const tag of m.tags)
      for (const listener of peers.listeners.get(tag) ?? []) {
        try {
          listener();
        } catch (e) {
          warn("page cache: a listener of another process's change failed", e, { tag });
        }
      }
  });
  state.ready = client
    .connect()
    .then(() => client.query(`LISTEN ${CHANNEL}`))
    .then(() => true)
    .catch((e) => {
      retry(e);
      return false;
    });
  return state;
}

/** Listening starts with the first cache the server makes (never during `next build`). */
function ensureChannel() {
  if (shared.channel || !process.env.DATABASE_URL) return;
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  shared.channel = connect();
}

/** Tells the other processes; awaited, so a revalidation is sent before the action answers. */
async function tellOthers(tags, durations) {
  ensureChannel();
  const current = shared.channel;
  const notYet = new Promise((resolve) => setTimeout(resolve, 1_000, false).unref());
  if (!current || !(await Promise.race([current.ready, notYet]))) return;
  for (let i = 0; i < tags.length; i += TAGS_PER_MESSAGE) {
    const payload = JSON.stringify({
      origin: shared.origin,
      tags: tags.slice(i, i + TAGS_PER_MESSAGE),
      durations,
    });
    try {
      await current.client.query("SELECT pg_notify($1, $2)", [CHANNEL, payload]);
    } catch (e) {
      warn("page cache: a revalidation was not sent to the other processes", e);
      return;
    }
  }
}

export default class SharedRevalidationCache extends FileSystemCache {
  constructor(options) {
    super(options);
    ensureChannel();
  }

  async revalidateTag(tags, durations) {
    await super.revalidateTag(tags, durations);
    const list = (typeof tags === "string" ? [tags] : tags).filter((t) => typeof t === "string");
    if (list.length > 0) await tellOthers(list, durations);
  }
}
