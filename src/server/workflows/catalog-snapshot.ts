// The shop's read of a brand's catalog — events and their products, price phases and bundle
// prices, what each product draws — kept in memory per brand and reloaded when the brand's
// catalog version moves (database triggers bump it on every catalog write; docs/adr/0009).
// Checking the version is one cheap query; a rush of buyers no longer reloads the catalog for
// every cart. What changes with every sale — pools' sold and held units, units taken for price
// phases, promo code uses — is never cached here.
import { isDomainError, notFound } from "@/server/platform/errors";
import { FreshWindow, SingleFlight } from "@/server/platform/fresh";
import * as offering from "@/server/offering";
import * as inventory from "@/server/inventory";
import * as pricing from "@/server/pricing";

export type CatalogSnapshot = {
  version: string;
  /** A published event with its products; NotFound for drafts and unknown ids. */
  saleEvent(eventId: string): Promise<offering.EventWithProducts>;
  products: Promise<Map<string, offering.ProductRecord>>;
  book: Promise<pricing.PriceBook>;
  /** What one unit of a product (or variant) draws, by inventory.keyOf. */
  draws: Promise<Map<string, inventory.DrawState[]>>;
};

const MAX_BRANDS = 500;
const snapshots = new Map<string, CatalogSnapshot>();

function load(brandId: string, version: string): CatalogSnapshot {
  const events = new Map<string, Promise<offering.EventWithProducts | null>>();
  const products = offering.catalogOfBrand(brandId).then((list) => new Map(list.map((p) => [p.id, p])));
  const book = products.then((all) =>
    pricing.priceBook(
      brandId,
      [...all.keys()],
      [...all.values()].filter((p) => p.kind === "bundle").map((p) => p.id),
    ),
  );
  const draws = products.then((all) =>
    inventory.drawsFor(
      brandId,
      [...all.values()].flatMap((p) => [
        { productId: p.id, variantId: null },
        ...p.variants.map((v) => ({ productId: p.id, variantId: v.id })),
      ]),
    ),
  );
  return {
    version,
    async saleEvent(eventId) {
      // Only events that exist are remembered: guessed ids must not fill the memory.
      let e = events.get(eventId);
      if (!e) {
        e = offering
          .studioEvent(brandId, eventId)
          .catch((err) => (isDomainError(err) && err.code === "NotFound" ? null : Promise.reject(err)));
        events.set(eventId, e);
        e.then(
          (found) => found || events.delete(eventId),
          () => events.delete(eventId),
        );
      }
      const event = await e;
      if (!event || event.status !== "published") throw notFound("This event is not on sale here.");
      return event;
    },
    products,
    book,
    draws,
  };
}

/** The brand's catalog as of now: from memory when its version has not moved, else read afresh. */
export async function catalogSnapshot(brandId: string): Promise<CatalogSnapshot> {
  const version = await offering.catalogVersion(brandId);
  const cached = snapshots.get(brandId);
  if (cached?.version === version) return cached;
  const fresh = load(brandId, version);
  // A failed read is not kept: the next caller tries again.
  Promise.all([fresh.products, fresh.book, fresh.draws]).catch(
    () => snapshots.get(brandId) === fresh && snapshots.delete(brandId),
  );
  snapshots.delete(brandId);
  snapshots.set(brandId, fresh);
  if (snapshots.size > MAX_BRANDS) snapshots.delete(snapshots.keys().next().value!);
  return fresh;
}

const checked = new FreshWindow<string>(undefined, MAX_BRANDS);
const checking = new SingleFlight<string, CatalogSnapshot>();

/**
 * The brand's catalog for the live offer (docs/adr/0024): as catalogSnapshot, but trusted without
 * even the version query within the fresh window of its last check (or until this process writes).
 * Carts, quotes and checkouts keep asking catalogSnapshot, which checks every time.
 */
export async function sharedCatalogSnapshot(brandId: string): Promise<CatalogSnapshot> {
  const cached = snapshots.get(brandId);
  if (cached && checked.fresh(brandId)) return cached;
  return checking.run(brandId, async () => {
    const since = checked.begin();
    const snapshot = await catalogSnapshot(brandId);
    checked.mark(brandId, since);
    return snapshot;
  });
}

/** A published event of the brand, from its catalog snapshot. */
export async function saleEvent(brandId: string, eventId: string): Promise<offering.EventWithProducts> {
  return (await catalogSnapshot(brandId)).saleEvent(eventId);
}
