// Events a handler failed on (docs/adr/0015), for the Studio's system view and the operator's
// `npm run events:parked`: in an organizer's words, and replayed to the subscriber that failed.
import { clock } from "@/server/platform/clock";
import { listParked, listRetrying, replayParked } from "@/server/eventlog";
import type { HeldDeliveryView, HeldScope, ReplayResult } from "@/server/eventlog";
import { subscribers } from "./subscriptions";

/** A held event, with what failed ("E-mail the fan their tickets") and its log entry ("Tickets issued"). */
export type HeldEvent = HeldDeliveryView & { what: string; entry: string };

const purposeOf = new Map(subscribers.map((s) => [s.name, s.purpose ?? s.name]));

/** "ItemsShipped" → "Items shipped". */
export function entryWords(eventType: string): string {
  const words = eventType.replace(/([a-z0-9])([A-Z])/g, "$1 $2").toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

const described = (h: HeldDeliveryView): HeldEvent => ({
  ...h,
  what: purposeOf.get(h.subscriber) ?? h.subscriber,
  entry: entryWords(h.eventType),
});

/** The parked events and those waiting for their next attempt, of one brand or of all (the operator). */
export async function heldEvents(scope: HeldScope): Promise<{ parked: HeldEvent[]; retrying: HeldEvent[] }> {
  const [parked, retrying] = await Promise.all([listParked(scope), listRetrying(scope)]);
  return { parked: parked.map(described), retrying: retrying.map(described) };
}

/** Deliver a parked event once more to the subscriber that failed on it; another brand's is not found. */
export async function retryParkedEvent(scope: HeldScope, id: string): Promise<ReplayResult> {
  return replayParked(subscribers, id, { ...scope, now: clock.now() });
}
