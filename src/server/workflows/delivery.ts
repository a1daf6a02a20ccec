// How the workflows' subscribers take what the dispatcher delivers: who caused what they do, a
// batch split by brand, and a batch's events handled a few at once, each failing alone.
import type { RecordedEvent } from "@/server/eventlog";

/** The metadata of what a subscriber does about `e`: the system acting, caused by that event. */
export const causedBy = (e: RecordedEvent) => ({
  ...e.metadata,
  actor: "system",
  causationId: e.position.toString(),
});

/**
 * Handle a batch of events, `limit` at a time: each on its own (its own transactions), so one
 * failing event fails alone and the others are delivered. The handlers wait mostly on
 * PostgreSQL, so a few at once keep both the database and this process busy.
 */
export async function eachAtOnce<E extends RecordedEvent>(
  events: E[],
  limit: number,
  handle: (e: E) => Promise<void>,
): Promise<{ event: E; error: unknown }[]> {
  const failures: { event: E; error: unknown }[] = [];
  let next = 0;
  const lane = async () => {
    while (next < events.length) {
      const event = events[next++]!;
      await handle(event).catch((error: unknown) => void failures.push({ event, error }));
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, events.length) }, lane));
  return failures;
}

/** A batch's events by brand, in log order within each, at most `size` per part. */
export function byBrand<E extends RecordedEvent>(events: E[], size = Infinity): E[][] {
  const ofBrand = new Map<string, E[]>();
  for (const e of events) {
    const part = ofBrand.get(e.metadata.brandId) ?? [];
    part.push(e);
    ofBrand.set(e.metadata.brandId, part);
  }
  const parts: E[][] = [];
  for (const all of ofBrand.values())
    for (let i = 0; i < all.length; i += size) parts.push(all.slice(i, i + size));
  return parts;
}
