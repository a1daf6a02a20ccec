// A promo code made on an event's page (pricing), its dates typed in that event's time zone
// (offering), for products and events of the brand (offering).
import { invalidAll } from "@/server/platform/errors";
import type { Actor } from "@/server/platform/metadata";
import * as offering from "@/server/offering";
import * as pricing from "@/server/pricing";

/** The promo form as the Studio read it: dates local to the event, everything else as typed. */
export type PromoOnEvent = Record<string, unknown> & { validFrom?: string; validUntil?: string };

/** CreatePromoCode on an event: its dates read in the event's time zone, then pricing's command. */
export async function createPromoOnEvent(
  actor: Actor,
  brandId: string,
  eventId: string,
  form: PromoOnEvent,
): Promise<{ code: string }> {
  const event = await offering.studioEvent(brandId, eventId);
  const { validFrom, validUntil, issues } = pricing.promoWindowIn(event.timeZone, form);
  if (issues.length > 0) throw invalidAll(issues);
  const known = {
    productIds: new Set((await offering.catalogOfBrand(brandId)).map((p) => p.id)),
    eventIds: new Set((await offering.studioEvents(brandId)).map((e) => e.id)),
  };
  return pricing.createPromo(actor, brandId, { ...form, eventId, validFrom, validUntil }, known);
}
