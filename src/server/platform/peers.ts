// The other web processes of this deployment (docs/adr/0036): what one process changes in a
// cache of its own, it tells the others, through the page cache's PostgreSQL channel
// (scripts/lib/page-cache-handler.mjs, which Next loads with the first cached page). Outside a web
// process (the worker, a test) there is no channel: telling is a no-op, and nothing is heard.

/** Where the page cache handler and the app meet: one per process, whichever bundle asks. */
const KEY = Symbol.for("marquee.peers");
type Peers = { tell?: (tags: string[]) => Promise<void>; listeners: Map<string, Set<() => void>> };

function peers(): Peers {
  const g = globalThis as unknown as Record<symbol, Peers | undefined>;
  return (g[KEY] ??= { listeners: new Map() });
}

/** Runs `listener` whenever another process says `tag` changed. */
export function onPeerChange(tag: string, listener: () => void): void {
  const all = peers().listeners;
  if (!all.has(tag)) all.set(tag, new Set());
  all.get(tag)!.add(listener);
}

/** Tells the other processes that `tag` changed (they run its listeners); never throws. */
export function tellPeers(tag: string): void {
  void peers()
    .tell?.([tag])
    .catch(() => {});
}
