import "server-only";
import { cache } from "react";
import { notFound } from "next/navigation";
import { shopBrand } from "@/server/distribution";
import { shopEvent } from "@/server/offering";
import { isDomainError } from "@/server/platform/errors";
import type { Locale } from "@/server/platform/i18n";

/** Once per request: the layout, the page and its metadata all ask for the same brand and event. */
export const loadBrand = cache(async (slug: string) => {
  try {
    return await shopBrand(slug);
  } catch (e) {
    if (isDomainError(e)) notFound();
    throw e;
  }
});

/** The event in the fan's language (its organizer's translation, else the default text). */
export const loadEvent = cache(async (slug: string, eventSlug: string, locale: Locale) => {
  const brand = await loadBrand(slug);
  try {
    return { brand, event: await shopEvent(brand.id, eventSlug, locale) };
  } catch (e) {
    if (isDomainError(e)) notFound();
    throw e;
  }
});
