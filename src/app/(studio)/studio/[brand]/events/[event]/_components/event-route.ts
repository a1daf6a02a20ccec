import "server-only";
import type { Permission } from "@/server/distribution";
import { studioBrand, studioEventOr404 } from "../../../../_lib/guard";

export type EventParams = Promise<{ brand: string; event: string }>;

/** A tab's start: the member (with `permission`, else a 404), the event, and the tab links' base. */
export async function eventRoute(params: EventParams, permission: Permission) {
  const { brand: slug, event: eventId } = await params;
  const membership = await studioBrand(slug, permission);
  const event = await studioEventOr404(membership.brand.id, eventId);
  return { ...membership, event, base: `/studio/${membership.brand.slug}/events/${event.id}` };
}
