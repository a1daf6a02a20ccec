// A product's texts in the brand's other languages (docs/adr/0033): offering keeps them, and its
// price phases' names are pricing's, read here so a translation is kept for the phases it has.
import type { Actor } from "@/server/platform/metadata";
import * as offering from "@/server/offering";
import * as pricing from "@/server/pricing";

/**
 * TranslateProduct: the product's own texts, its variants', choice groups' and price phases'
 * names. Only this brand's product on this event: another's is refused (NotFound), nothing written.
 */
export async function translateProduct(
  actor: Actor,
  brandId: string,
  eventId: string,
  productId: string,
  raw: unknown,
): Promise<void> {
  const book = await pricing.priceBook(brandId, [productId], []);
  const phaseNames = (book.phases.get(productId)?.phases ?? []).map((p) => p.name);
  await offering.translateProduct(actor, brandId, eventId, productId, raw, phaseNames);
}
