import { invalid } from "@/server/platform/errors";
import {
  findBundlePricing,
  findPhases,
  listPromos,
  promoByCode,
  usedCount,
  type StoredBundlePricing,
} from "./infrastructure/prices-repo";
import type { PricePhase } from "./model/phases";
import { checkPromoEvent, type PromoCode } from "./model/promo";

export type PriceBook = {
  phases: Map<string, { currency: string; phases: PricePhase[] }>;
  bundles: Map<string, StoredBundlePricing>;
};

/**
 * Everything needed to price these products: their phases, and for bundles their pricing and in-bundle
 * prices.
 */
export async function priceBook(
  brandId: string,
  productIds: string[],
  bundleIds: string[],
): Promise<PriceBook> {
  const [phases, bundles] = await Promise.all([
    findPhases(brandId, productIds),
    findBundlePricing(brandId, bundleIds),
  ]);
  return { phases, bundles };
}

/**
 * The refusal's `reason` for a code that does not exist: what a guesser gets most (limited at the shop's
 * edge).
 */
export const UNKNOWN_CODE = "unknownCode";

/**
 * A code the fan typed at an event, with its uses so far; unknown codes and codes of other events are refused
 * in words.
 */
export async function promoForCart(
  brandId: string,
  code: string,
  eventId: string,
): Promise<{ promo: PromoCode & { id: string }; usedCount: number }> {
  const promo = await promoByCode(brandId, code);
  if (!promo) throw invalid("This code is not valid.", { field: "promoCode", reason: UNKNOWN_CODE });
  checkPromoEvent(promo, eventId);
  return { promo, usedCount: await usedCount(promo.id) };
}

/** The codes that apply at this event (brand-wide ones included), newest first, with their uses. */
export const promosOf = listPromos;
