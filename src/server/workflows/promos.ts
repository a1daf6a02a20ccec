// A promo code made on an event's page (pricing), its dates typed in that event's time zone
// (offering), for products and events of the brand (offering).
import { invalidAll } from "@/server/platform/errors";
import type { Actor } from "@/server/platform/metadata";
import * as offering from "@/server/offering";
import * as pricing from "@/server/pricing";

/**
 * CreatePromoCode on an event: `form` is what the Studio parsed with `pricing.promoForm`; its
 * dates are read in the event's time zone, then pricing decides the code (every problem at once).
 */
export async function createPromoOnEvent(
  actor: Actor,
  brandId: string,
  eventId: string,
  form: pricing.PromoForm,
): Promise<{ code: string }> {
  const event = await offering.studioEvent(brandId, eventId);
  const { validFrom, validUntil, issues } = pricing.promoWindowIn(event.timeZone, form);
  const decided = pricing.decidePromoCode(form, { eventId, validFrom, validUntil });
  const problems = [...issues, ...(decided.ok ? [] : decided.issues)];
  if (problems.length > 0 || !decided.ok) throw invalidAll(problems);
  const known = {
    productIds: new Set((await offering.catalogOfBrand(brandId)).map((p) => p.id)),
    eventIds: new Set((await offering.studioEvents(brandId)).map((e) => e.id)),
  };
  return pricing.createPromoCode(actor, brandId, decided.promo, known);
}
