// What the catalog tabs (Overview, Tickets & merch, Bundles, Pools) show about an event's
// products: each tab asks only for the parts it draws.
import "server-only";
import { catalogOfBrand, type EventWithProducts } from "@/server/offering";
import { poolsOverview } from "@/server/inventory";
import { priceBook } from "@/server/pricing";
import { eventOffer, type OfferItem } from "@/server/workflows";
import type { BrandRecord } from "@/server/distribution";
import { formatDateTime, moneyIn } from "@/components/format";
import { studioLocale, studioT } from "../../../../_lib/locale";
import type { PoolView } from "./pools-panel";

export type CatalogView = {
  /** The studio's view of every product: hidden and box-office-only ones included. */
  offerById: Map<string, OfferItem>;
  /** "T-shirt — M": a product (and variant) by name, for bundle parts and pool drawers. */
  labelOf: (productId: string, variantId: string | null) => string;
  /** A product's price phases in words, in the event's time zone and the Studio's language. */
  phaseText: (productId: string) => string[];
};

export async function catalogView(
  brand: BrandRecord,
  event: EventWithProducts,
  now: Date,
): Promise<CatalogView> {
  const ids = event.products.map((p) => p.id);
  const [catalog, studioOffer, book, t, locale] = await Promise.all([
    catalogOfBrand(brand.id),
    eventOffer(brand, event, now, { channel: "box_office", unlocked: new Set(ids) }),
    priceBook(brand.id, ids, []),
    studioT("catalog"),
    studioLocale(),
  ]);
  const money = moneyIn(locale);
  const byId = new Map(catalog.map((p) => [p.id, p]));
  const labelOf = (productId: string, variantId: string | null) => {
    const p = byId.get(productId);
    const v = p?.variants.find((x) => x.id === variantId);
    return `${p?.name ?? "?"}${v ? ` — ${v.name}` : ""}`;
  };
  const phaseText = (productId: string) =>
    (book.phases.get(productId)?.phases ?? []).map((ph) => {
      const phase = { name: ph.name, price: money(ph.price, brand.currency) };
      const date = ph.endsAt ? formatDateTime(ph.endsAt, event.timeZone, undefined, locale) : null;
      const count = ph.endsAfterSold;
      if (date !== null && count !== null)
        return t("productsTable.phaseUntilEither", { ...phase, date, count });
      if (date !== null) return t("productsTable.phaseUntilDate", { ...phase, date });
      if (count !== null) return t("productsTable.phaseUntilSold", { ...phase, count });
      return t("productsTable.phase", phase);
    });
  return { offerById: new Map(studioOffer.map((o) => [o.id, o])), labelOf, phaseText };
}

/** The pools this event's products draw from, and the shared ones nothing draws from yet. */
export async function eventPools(
  brandId: string,
  event: EventWithProducts,
  now: Date,
  labelOf: CatalogView["labelOf"],
): Promise<PoolView[]> {
  const eventProductIds = new Set(event.products.map((p) => p.id));
  return (await poolsOverview(brandId, now))
    .filter((p) => p.draws.length === 0 || p.draws.some((d) => eventProductIds.has(d.productId)))
    .map((p) => ({
      id: p.id,
      name: p.name,
      capacity: p.capacity,
      sold: p.sold,
      held: p.held,
      drawers: p.draws.map((d) => ({ label: labelOf(d.productId, d.variantId), units: d.units })),
    }));
}
