import { notFound } from "@/server/platform/errors";
import { translated, type Locale } from "@/server/platform/i18n";
import {
  brandCatalog,
  findCatalogVersion,
  findEvent,
  findEventRecord,
  findEventBySlug,
  findProducts,
  findProductTranslations,
  listEvents,
  type EventRecord,
  type ProductRecord,
  type ProductTranslations,
} from "./infrastructure/events-repo";

export type { EventRecord, ProductRecord, ProductTranslations };
export type EventWithProducts = EventRecord & { products: ProductRecord[] };

export async function studioEvent(brandId: string, eventId: string): Promise<EventWithProducts> {
  const e = await findEvent(brandId, eventId);
  if (!e) throw notFound("This event does not exist.");
  return e;
}

/** An event without its products (one read, not one per product table): an order's documents. */
export async function eventOfOrder(brandId: string, eventId: string): Promise<EventRecord> {
  const e = await findEventRecord(brandId, eventId);
  if (!e) throw notFound("This event does not exist.");
  return e;
}

export const studioEvents = (brandId: string) => listEvents(brandId, false);
/** The brand's home page: published events that have not ended yet, soonest first. */
export const shopEvents = async (brandId: string, now: Date, locale?: Locale) =>
  (await listEvents(brandId, true, now)).map((e) => inLanguage(e, locale));

/**
 * An event as a fan reads it: its name and description in their language where the organizer
 * translated them, else in the brand's default language (the texts themselves).
 */
export function inLanguage<E extends EventRecord>(event: E, locale: Locale | undefined): E {
  if (!locale) return event;
  const text = { name: event.name, description: event.description };
  return { ...event, ...translated(text, event.translations, locale) };
}

/** A published event by its shop address, in the fan's language; drafts do not exist for fans. */
export async function shopEvent(brandId: string, slug: string, locale?: Locale): Promise<EventWithProducts> {
  const e = await findEventBySlug(brandId, slug);
  if (!e || e.status !== "published") throw notFound("This event is not on sale here.");
  return inLanguage(e, locale);
}

export async function shopEventById(brandId: string, eventId: string): Promise<EventWithProducts> {
  const e = await findEvent(brandId, eventId);
  if (!e || e.status !== "published") throw notFound("This event is not on sale here.");
  return e;
}

export const productsByIds = findProducts;

/**
 * The translations of the products an order names, by id (one read for an order's documents):
 * its e-mails, PDF and page name them in the order's language (docs/adr/0033).
 */
export const productTranslations = findProductTranslations;

export const catalogOfBrand = (brandId: string) => brandCatalog(null, brandId);

/** Moves whenever anything in the brand's catalog changes: a cache of it is fresh while this stands still. */
export const catalogVersion = findCatalogVersion;
