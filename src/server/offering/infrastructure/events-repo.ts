import { db, Prisma, queryAtOnce, transaction, type UnitOfWork, txOf } from "@/server/platform/db";
import { appendToStream, type EventMetadata } from "@/server/eventlog";
import type { EventInput, EventStatus } from "../model/event";
import type { CatalogProduct, Channel, ProductKind, Visibility } from "../model/catalog";
import type { OfferingEvent } from "../events";
import type { ProductTexts } from "../model/translations";

export type EventRecord = {
  id: string;
  brandId: string;
  slug: string;
  name: string;
  venue: string;
  description: string;
  startsAt: Date;
  endsAt: Date;
  timeZone: string;
  status: EventStatus;
  headerImageKey: string | null;
  askAttendeeNames: boolean;
  /** The organizer's texts in the brand's other languages (docs/adr/0033). */
  translations: EventTranslations;
};
/** Per language: the event's name and description there ({ fr: { name: "…" } }). */
export type EventTranslations = Partial<Record<string, { name?: string; description?: string }>>;
const translationsOf = (raw: unknown): EventTranslations =>
  raw && typeof raw === "object" && !Array.isArray(raw) ? (raw as EventTranslations) : {};
export type ProductRecord = CatalogProduct & {
  description: string;
  /**
   * Its name and description in the brand's other languages, its variants', choice groups' and price
   * phases' names (docs/adr/0033).
   */
  translations?: ProductTranslations;
};
/** Per language: the product's texts there (ProductTexts: variants by id, groups and phases by name). */
export type ProductTranslations = Partial<Record<string, ProductTexts>>;

const productInclude = {
  variants: { orderBy: { sortOrder: "asc" as const } },
  components: { orderBy: { sortOrder: "asc" as const } },
};

type ProductRow = {
  id: string;
  brandId: string;
  eventId: string;
  kind: string;
  name: string;
  description: string;
  taxRateBp: number;
  salesStart: Date | null;
  salesEnd: Date | null;
  minPerOrder: number;
  maxPerOrder: number;
  visibility: string;
  channels: string[];
  requiresProductIds: string[];
  variants: { id: string; name: string; sku: string }[];
  translations?: unknown;
  components: {
    id: string;
    productId: string;
    variantId: string | null;
    quantity: number;
    optional: boolean;
    groupName: string | null;
  }[];
};

function toProduct(p: ProductRow): ProductRecord {
  return {
    id: p.id,
    brandId: p.brandId,
    eventId: p.eventId,
    kind: p.kind as ProductKind,
    name: p.name,
    description: p.description,
    translations: translationsOf(p.translations) as ProductTranslations,
    taxRateBp: p.taxRateBp,
    salesStart: p.salesStart,
    salesEnd: p.salesEnd,
    minPerOrder: p.minPerOrder,
    maxPerOrder: p.maxPerOrder,
    visibility: p.visibility as Visibility,
    channels: (p.channels ?? []) as Channel[],
    requiresProductIds: p.requiresProductIds ?? [],
    variants: p.variants.map((v) => ({ id: v.id, name: v.name, sku: v.sku })),
    components: p.components.map((c) => ({
      id: c.id,
      productId: c.productId,
      variantId: c.variantId,
      quantity: c.quantity,
      optional: c.optional,
      group: c.groupName,
    })),
  };
}

const eventSelect = {
  id: true,
  brandId: true,
  slug: true,
  name: true,
  venue: true,
  description: true,
  startsAt: true,
  endsAt: true,
  timeZone: true,
  status: true,
  headerImageKey: true,
  askAttendeeNames: true,
  translations: true,
} as const;

export async function slugTaken(brandId: string, slug: string): Promise<boolean> {
  return (await db().event.count({ where: { brandId, slug } })) > 0;
}

export async function insertEvent(
  id: string,
  brandId: string,
  slug: string,
  input: EventInput & { askAttendeeNames: boolean },
  events: OfferingEvent[],
  meta: EventMetadata,
) {
  await transaction(async (tx) => {
    await tx.event.create({
      data: {
        id,
        brandId,
        slug,
        name: input.name,
        venue: input.venue,
        description: input.description,
        startsAt: input.startsAt,
        endsAt: input.endsAt,
        timeZone: input.timeZone,
        askAttendeeNames: input.askAttendeeNames,
      },
    });
    await appendToStream<OfferingEvent>(tx, `event-${id}`, 0, events, meta);
  });
}

const withProducts = {
  ...eventSelect,
  products: {
    orderBy: [{ sortOrder: "asc" as const }, { createdAt: "asc" as const }],
    include: productInclude,
  },
};

export async function findEvent(
  brandId: string,
  eventId: string,
  uow: UnitOfWork | null = null,
): Promise<(EventRecord & { products: ProductRecord[] }) | null> {
  const e = await (uow ? txOf(uow) : db()).event.findFirst({
    where: { id: eventId, brandId },
    select: withProducts,
  });
  return e
    ? {
        ...e,
        status: e.status as EventStatus,
        translations: translationsOf(e.translations),
        products: e.products.map(toProduct),
      }
    : null;
}

/** The event alone, without its products: what an order's documents name (its name, place, dates). */
export async function findEventRecord(brandId: string, eventId: string): Promise<EventRecord | null> {
  const e = await db().event.findFirst({ where: { id: eventId, brandId }, select: eventSelect });
  return e ? { ...e, status: e.status as EventStatus, translations: translationsOf(e.translations) } : null;
}

export async function findEventBySlug(
  brandId: string,
  slug: string,
): Promise<(EventRecord & { products: ProductRecord[] }) | null> {
  const e = await db().event.findUnique({ where: { brandId_slug: { brandId, slug } }, select: withProducts });
  return e
    ? {
        ...e,
        status: e.status as EventStatus,
        translations: translationsOf(e.translations),
        products: e.products.map(toProduct),
      }
    : null;
}

export async function listEvents(
  brandId: string,
  onlyPublished: boolean,
  endingAfter?: Date,
): Promise<EventRecord[]> {
  const rows = await db().event.findMany({
    where: {
      brandId,
      ...(onlyPublished ? { status: "published" } : {}),
      ...(endingAfter ? { endsAt: { gt: endingAfter } } : {}),
    },
    orderBy: { startsAt: "asc" },
    select: eventSelect,
  });
  return rows.map((e) => ({
    ...e,
    status: e.status as EventStatus,
    translations: translationsOf(e.translations),
  }));
}

export async function findProducts(brandId: string, productIds: string[]): Promise<ProductRecord[]> {
  const rows = await db().product.findMany({
    where: { brandId, id: { in: productIds } },
    include: productInclude,
  });
  return rows.map(toProduct);
}

/** Every product of a brand: the catalog a bundle's components are checked against. */
export async function brandCatalog(uow: UnitOfWork | null, brandId: string): Promise<ProductRecord[]> {
  const rows = await (uow ? txOf(uow) : db()).product.findMany({
    where: { brandId },
    include: productInclude,
  });
  return rows.map(toProduct);
}

/** Locks the event row so "publish" and "add product" see one consistent state. */
export async function lockEventState(
  uow: UnitOfWork,
  brandId: string,
  eventId: string,
): Promise<{ status: EventStatus; productCount: number } | null> {
  const rows = await txOf(uow).$queryRaw<
    { status: string }[]
  >`SELECT status FROM "event" WHERE id = ${eventId} AND brand_id = ${brandId} FOR UPDATE`;
  if (!rows[0]) return null;
  const productCount = await txOf(uow).product.count({ where: { eventId } });
  return { status: rows[0].status as EventStatus, productCount };
}

export async function setPublished(uow: UnitOfWork, eventId: string, at: Date) {
  await txOf(uow).event.update({ where: { id: eventId }, data: { status: "published", publishedAt: at } });
}

export async function insertProduct(
  uow: UnitOfWork,
  p: Omit<ProductRecord, "variants" | "components">,
  variants: { id: string; name: string; sku: string }[],
  components: {
    id: string;
    productId: string;
    variantId: string | null;
    quantity: number;
    optional: boolean;
    group: string | null;
  }[],
) {
  const sortOrder = await txOf(uow).product.count({ where: { eventId: p.eventId } });
  await txOf(uow).product.create({
    data: {
      ...p,
      sortOrder,
      variants: { create: variants.map((v, i) => ({ ...v, sortOrder: i })) },
      components: {
        create: components.map(({ group, ...c }, i) => ({ ...c, groupName: group, sortOrder: i })),
      },
    },
  });
}

export async function updateProductRow(
  uow: UnitOfWork,
  productId: string,
  data: Partial<Omit<ProductRecord, "id" | "brandId" | "eventId" | "kind" | "variants" | "components">>,
) {
  await txOf(uow).product.update({ where: { id: productId }, data });
}

export async function replaceComponents(
  uow: UnitOfWork,
  bundleId: string,
  components: {
    id: string;
    productId: string;
    variantId: string | null;
    quantity: number;
    optional: boolean;
    group: string | null;
  }[],
) {
  const tx = txOf(uow);
  await tx.bundleComponent.deleteMany({ where: { bundleId } });
  await tx.bundleComponent.createMany({
    data: components.map(({ group, ...c }, i) => ({ ...c, bundleId, groupName: group, sortOrder: i })),
  });
}

export async function insertVariant(
  uow: UnitOfWork,
  productId: string,
  v: { id: string; name: string; sku: string },
) {
  const tx = txOf(uow);
  const sortOrder = await tx.variant.count({ where: { productId } });
  await tx.variant.create({ data: { ...v, productId, sortOrder } });
}

export async function updateVariant(uow: UnitOfWork, variantId: string, v: { name: string; sku: string }) {
  await txOf(uow).variant.update({ where: { id: variantId }, data: v });
}

/** The brand's catalog version (database triggers bump it on every catalog change; docs/adr/0009). */
export async function findCatalogVersion(brandId: string): Promise<string> {
  const rows = await queryAtOnce<{ version: string }>(
    Prisma.sql`SELECT version FROM catalog_version WHERE brand_id = ${brandId}`,
  );
  return String(rows[0]?.version ?? 0);
}

export async function updateHeaderImage(
  brandId: string,
  eventId: string,
  key: string | null,
): Promise<boolean> {
  return (
    (await db().event.updateMany({ where: { id: eventId, brandId }, data: { headerImageKey: key } }))
      .count === 1
  );
}

export async function updateEventDetails(
  uow: UnitOfWork,
  brandId: string,
  eventId: string,
  data: {
    name: string;
    venue: string;
    description: string;
    timeZone: string;
    startsAt: Date;
    endsAt: Date;
    askAttendeeNames: boolean;
  },
): Promise<boolean> {
  return (await txOf(uow).event.updateMany({ where: { id: eventId, brandId }, data })).count === 1;
}

export async function saveEventTranslations(
  uow: UnitOfWork,
  brandId: string,
  eventId: string,
  translations: EventTranslations,
): Promise<boolean> {
  const { count } = await txOf(uow).event.updateMany({
    where: { id: eventId, brandId },
    data: { translations },
  });
  return count === 1;
}

export async function saveProductTranslations(
  uow: UnitOfWork,
  brandId: string,
  productId: string,
  translations: ProductTranslations,
): Promise<boolean> {
  const { count } = await txOf(uow).product.updateMany({
    where: { id: productId, brandId },
    data: { translations },
  });
  return count === 1;
}

/** Each product's translations, by its id: only this brand's products (an order's names, one read). */
export async function findProductTranslations(
  brandId: string,
  productIds: readonly string[],
): Promise<Map<string, ProductTranslations>> {
  if (productIds.length === 0) return new Map();
  const rows = await db().product.findMany({
    where: { brandId, id: { in: [...new Set(productIds)] } },
    select: { id: true, translations: true },
  });
  return new Map(rows.map((r) => [r.id, translationsOf(r.translations) as ProductTranslations]));
}
