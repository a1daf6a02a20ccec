import "server-only";
import { cache } from "react";
import { notFound } from "next/navigation";
import { shopBrand } from "@/server/distribution";
import { shopEvent } from "@/server/offering";
import { isDomainError } from "@/server/platform/errors";

/** Once per request: the layout, the page and its metadata all ask for the same brand and event. */
export const loadBrand = cache(async (slug: string) => {
  try {
    return await shopBrand(slug);
  } catch (e) {
    if (isDomainError(e)) notFound();
    throw e;
  }
});

export const loadEvent = cache(async (slug: string, eventSlug: string) => {
  const brand = await loadBrand(slug);
  try {
    return { brand, event: await shopEvent(brand.id, eventSlug) };
  } catch (e) {
    if (isDomainError(e)) notFound();
    throw e;
  }
});
