import { newId } from "@/server/platform/ids";
import { invalid, invalidAll, notFound } from "@/server/platform/errors";
import { metadataFor, type Actor } from "@/server/platform/metadata";
import type { UnitOfWork } from "@/server/platform/unit-of-work";
import { transaction } from "@/server/platform/unit-of-work";
import { appendToStream } from "@/server/eventlog";
import { decidePublish, eventTimes, slugify, type EventDetails } from "./model/event";
import {
  type BundleInput,
  type ProductDetails,
  type ProductInput,
  type VariantInput,
} from "./model/product-input";
import { groupsOf, validateBundle, type CatalogProduct } from "./model/catalog";
import { atRow, componentsFromRows, type ComponentRow } from "./model/bundle-rows";
import { skusFor } from "./model/sku";
import {
  eventTranslationsInput,
  productTranslationsInput,
  storedProductTranslations,
  storedTranslations,
} from "./model/translations";
import {
  brandCatalog,
  findEvent,
  insertEvent,
  insertProduct,
  insertVariant,
  lockEventState,
  replaceComponents,
  setPublished,
  slugTaken,
  updateEventDetails,
  saveEventTranslations,
  saveProductTranslations,
  findProducts,
  updateHeaderImage,
  updateProductRow,
  updateVariant,
  type ProductRecord,
} from "./infrastructure/events-repo";
import type { OfferingEvent } from "./events";

/**
 * An event's details as eventDetailsInput parsed them, with its times read in its time zone (the
 * edge checked they can be; a caller that did not is told at the field).
 */
function withInstants(details: EventDetails) {
  const { startsAt, endsAt, issues } = eventTimes(details);
  if (!startsAt || !endsAt || issues.length > 0) throw invalidAll(issues);
  return { ...details, startsAt, endsAt, askAttendeeNames: details.askAttendeeNames ?? false };
}

/** CreateEvent: a draft with its own address (slug) made from its name, unique in the brand. */
export async function createEvent(
  actor: Actor,
  brandId: string,
  details: EventDetails,
): Promise<{ id: string; slug: string }> {
  const input = withInstants(details);
  const base = slugify(input.name);
  let slug = base;
  for (let i = 2; await slugTaken(brandId, slug); i++) slug = `${base}-${i}`;
  const id = newId("evt_");
  await insertEvent(
    id,
    brandId,
    slug,
    input,
    [
      {
        type: "EventCreated",
        payload: {
          eventId: id,
          name: input.name,
          slug,
          venue: input.venue,
          startsAt: input.startsAt.toISOString(),
          endsAt: input.endsAt.toISOString(),
          timeZone: input.timeZone,
          askAttendeeNames: input.askAttendeeNames,
        },
      },
    ],
    metadataFor(actor, brandId),
  );
  return { id, slug };
}

/**
 * A bundle's rows as components with new ids, checked against the catalog; every problem is
 * placed at the row it came from. `rowOf[i]` is the row of component i.
 */
function bundleComponents(
  bundle: { id: string; brandId: string; name: string },
  rows: readonly ComponentRow[],
  catalog: ReadonlyMap<string, CatalogProduct>,
) {
  const built = componentsFromRows(rows, catalog);
  const components = built.components.map((c) => ({ id: newId("cmp_"), ...c }));
  const issues = [
    ...built.issues,
    ...validateBundle({ ...bundle, components }, catalog).map((i) => atRow(i, built.rowOf)),
  ];
  if (issues.length > 0) throw invalidAll(issues);
  return { components, rowOf: built.rowOf };
}

/**
 * AddProduct (a ticket, merch with its variants, or an add-on) inside a workflow's unit of
 * work; inventory and pricing add its pools and price phases beside it. `input` is what
 * `productFrom` made of the form in the event's time zone.
 */
export async function addProduct(
  uow: UnitOfWork,
  actor: Actor,
  brandId: string,
  eventId: string,
  input: ProductInput,
): Promise<ProductRecord> {
  const state = await lockEventState(uow, brandId, eventId);
  if (!state) throw notFound("This event does not exist.");
  const catalog = new Map((await brandCatalog(uow, brandId)).map((p) => [p.id, p]));
  input.requiresProductIds.forEach((id, i) => {
    if (!catalog.has(id))
      throw invalid("Choose a product of this brand", { field: `requiresProductIds.${i}` });
  });
  const product: ProductRecord = {
    id: newId("prd_"),
    brandId,
    eventId,
    kind: input.kind,
    name: input.name,
    description: input.description,
    taxRateBp: input.taxRateBp,
    salesStart: input.salesStart,
    salesEnd: input.salesEnd,
    minPerOrder: input.minPerOrder,
    maxPerOrder: input.maxPerOrder,
    visibility: input.visibility,
    channels: input.channels,
    requiresProductIds: input.requiresProductIds,
    variants: input.variants.map((v) => ({ id: newId("var_"), ...v })),
    components: [],
  };
  const { variants, components, ...row } = product;
  await insertProduct(uow, row, variants, components);
  await appendToStream<OfferingEvent>(
    uow,
    `event-${eventId}`,
    "any",
    [
      {
        type: "ProductAdded",
        payload: {
          eventId,
          productId: product.id,
          kind: input.kind,
          name: product.name,
          variants: variants.map((v) => v.name),
        },
      },
    ],
    metadataFor(actor, brandId),
  );
  return product;
}

/**
 * AddBundle: a product made of components, checked against the brand's catalog (never itself,
 * never another brand's). `components` are rows (see componentInput); the answer's `rowOf[i]`
 * is the row of its component i.
 */
export async function addBundle(
  uow: UnitOfWork,
  actor: Actor,
  brandId: string,
  eventId: string,
  input: BundleInput,
): Promise<ProductRecord & { rowOf: number[] }> {
  const state = await lockEventState(uow, brandId, eventId);
  if (!state) throw notFound("This event does not exist.");
  const id = newId("prd_");
  const catalog = new Map((await brandCatalog(uow, brandId)).map((p) => [p.id, p]));
  const { components, rowOf } = bundleComponents(
    { id, brandId, name: input.name },
    input.components,
    catalog,
  );
  const product: ProductRecord = {
    id,
    brandId,
    eventId,
    kind: "bundle",
    name: input.name,
    description: input.description,
    taxRateBp: Math.round(input.taxRate * 100),
    salesStart: null,
    salesEnd: null,
    minPerOrder: input.minPerOrder,
    maxPerOrder: input.maxPerOrder,
    visibility: input.visibility,
    channels: input.channels,
    requiresProductIds: [],
    variants: [],
    components,
  };
  const { variants, components: parts, ...row } = product;
  await insertProduct(uow, row, variants, parts);
  await appendToStream<OfferingEvent>(
    uow,
    `event-${eventId}`,
    "any",
    [
      {
        type: "BundleAdded",
        payload: {
          eventId,
          productId: id,
          name: input.name,
          components: components.map((c) => ({
            productId: c.productId,
            variantId: c.variantId,
            quantity: c.quantity,
            optional: c.optional,
            group: c.group,
          })),
        },
      },
    ],
    metadataFor(actor, brandId),
  );
  return { ...product, rowOf };
}

/**
 * EditProduct: its name, description, tax rate, who can buy it, limits and sales window, as
 * `productDetailsFrom` made them in the event's time zone.
 */
export async function editProduct(
  uow: UnitOfWork,
  actor: Actor,
  brandId: string,
  eventId: string,
  productId: string,
  details: ProductDetails,
): Promise<void> {
  const event = await findEvent(brandId, eventId, uow);
  const product = event?.products.find((p) => p.id === productId);
  if (!event || !product) throw notFound("This product does not exist.");
  await lockEventState(uow, brandId, eventId);
  await updateProductRow(uow, productId, details);
  await appendToStream<OfferingEvent>(
    uow,
    `event-${eventId}`,
    "any",
    [{ type: "ProductEdited", payload: { eventId, productId, name: details.name } }],
    metadataFor(actor, brandId),
  );
}

/**
 * ChangeBundleComponents: a bundle's parts (rows, as for AddBundle), checked against the catalog
 * as it is now — so a bundle cannot come to contain itself, directly or through another bundle.
 */
export async function changeBundleComponents(
  uow: UnitOfWork,
  actor: Actor,
  brandId: string,
  eventId: string,
  bundleId: string,
  rows: BundleInput["components"],
): Promise<ProductRecord & { rowOf: number[] }> {
  await lockEventState(uow, brandId, eventId);
  const catalog = new Map((await brandCatalog(uow, brandId)).map((p) => [p.id, p]));
  const bundle = catalog.get(bundleId);
  if (!bundle || bundle.kind !== "bundle" || bundle.eventId !== eventId)
    throw notFound("This bundle does not exist.");
  const { components, rowOf } = bundleComponents({ id: bundleId, brandId, name: bundle.name }, rows, catalog);
  await replaceComponents(uow, bundleId, components);
  await appendToStream<OfferingEvent>(
    uow,
    `event-${eventId}`,
    "any",
    [
      {
        type: "BundleComponentsChanged",
        payload: {
          eventId,
          productId: bundleId,
          name: bundle.name,
          components: components.map(({ id: _id, ...c }) => c),
        },
      },
    ],
    metadataFor(actor, brandId),
  );
  return { ...bundle, components, rowOf };
}

/**
 * AddVariant (merch): one more size or colour (a blank SKU is made from the names, unique in the
 * product); inventory adds its stock pool beside it.
 */
export async function addVariant(
  uow: UnitOfWork,
  actor: Actor,
  brandId: string,
  eventId: string,
  productId: string,
  input: VariantInput,
): Promise<{ id: string; name: string; sku: string }> {
  await lockEventState(uow, brandId, eventId);
  const product = (await brandCatalog(uow, brandId)).find((p) => p.id === productId && p.eventId === eventId);
  if (!product) throw notFound("This product does not exist.");
  if (product.kind !== "merch") throw invalid("Only merch has variants.", { field: "name" });
  const sku = variantSku(product, input, null);
  const variant = { id: newId("var_"), name: input.name, sku };
  await insertVariant(uow, productId, variant);
  await appendToStream<OfferingEvent>(
    uow,
    `event-${eventId}`,
    "any",
    [
      {
        type: "VariantAdded",
        payload: { eventId, productId, variantId: variant.id, name: variant.name, sku: variant.sku },
      },
    ],
    metadataFor(actor, brandId),
  );
  return variant;
}

/**
 * The SKU of a variant added or changed: the typed one, or one made from the names; refused when
 * another variant of the product has the name or the SKU already.
 */
function variantSku(
  product: CatalogProduct,
  v: { name: string; sku: string },
  variantId: string | null,
): string {
  const others = product.variants.filter((x) => x.id !== variantId);
  const issues = [];
  if (others.some((x) => x.name.toLowerCase() === v.name.toLowerCase()))
    issues.push({ field: "name", message: "A variant with this name exists already" });
  if (v.sku && others.some((x) => x.sku.toUpperCase() === v.sku.toUpperCase()))
    issues.push({ field: "sku", message: "Another variant has this SKU" });
  if (issues.length) throw invalidAll(issues);
  return skusFor(
    product.name,
    [v],
    others.map((x) => x.sku),
  )[0]!;
}

/** EditVariant: its name and SKU (blank: made from the names). */
export async function editVariant(
  uow: UnitOfWork,
  actor: Actor,
  brandId: string,
  eventId: string,
  productId: string,
  variantId: string,
  input: VariantInput,
): Promise<void> {
  await lockEventState(uow, brandId, eventId);
  const product = (await brandCatalog(uow, brandId)).find((p) => p.id === productId && p.eventId === eventId);
  if (!product?.variants.some((v) => v.id === variantId)) throw notFound("This variant does not exist.");
  const variant = { name: input.name, sku: variantSku(product, input, variantId) };
  await updateVariant(uow, variantId, variant);
  await appendToStream<OfferingEvent>(
    uow,
    `event-${eventId}`,
    "any",
    [
      {
        type: "VariantEdited",
        payload: { eventId, productId, variantId, ...variant },
      },
    ],
    metadataFor(actor, brandId),
  );
}

export async function publishEvent(actor: Actor, brandId: string, eventId: string, now: Date): Promise<void> {
  await transaction(async (tx) => {
    const state = await lockEventState(tx, brandId, eventId);
    if (!state) throw notFound("This event does not exist.");
    const events = decidePublish(state, eventId);
    await setPublished(tx, eventId, now);
    await appendToStream<OfferingEvent>(tx, `event-${eventId}`, "any", events, metadataFor(actor, brandId));
  });
}

/** The header image of the event's shop page (a file-store key, stored by the caller), or none. */
export async function setHeaderImage(
  actor: Actor,
  brandId: string,
  eventId: string,
  key: string | null,
): Promise<void> {
  if (!(await updateHeaderImage(brandId, eventId, key))) throw notFound("This event does not exist.");
  await transaction((tx) =>
    appendToStream<OfferingEvent>(
      tx,
      `event-${eventId}`,
      "any",
      [{ type: "EventHeaderImageChanged", payload: { eventId, key } }],
      metadataFor(actor, brandId),
    ),
  );
}

/** EditEvent: name, venue, text, time zone and times, and whether checkout asks a name per ticket. */
export async function editEvent(
  actor: Actor,
  brandId: string,
  eventId: string,
  details: EventDetails,
): Promise<void> {
  const input = withInstants(details);
  await transaction(async (tx) => {
    const { name, venue, description, timeZone, startsAt, endsAt, askAttendeeNames } = input;
    if (
      !(await updateEventDetails(tx, brandId, eventId, {
        name,
        venue,
        description,
        timeZone,
        startsAt,
        endsAt,
        askAttendeeNames,
      }))
    )
      throw notFound("This event does not exist.");
    await appendToStream<OfferingEvent>(
      tx,
      `event-${eventId}`,
      "any",
      [
        {
          type: "EventEdited",
          payload: {
            eventId,
            name,
            venue,
            startsAt: startsAt.toISOString(),
            endsAt: endsAt.toISOString(),
            timeZone,
            askAttendeeNames,
          },
        },
      ],
      metadataFor(actor, brandId),
    );
  });
}

/**
 * TranslateEvent: the event's name and description in the brand's other languages. An empty field
 * is no translation: fans read the default language's text there.
 */
export async function translateEvent(
  actor: Actor,
  brandId: string,
  eventId: string,
  raw: unknown,
): Promise<void> {
  const parsed = eventTranslationsInput.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw invalid(issue.message, { field: issue.path.join(".") });
  }
  const translations = storedTranslations(parsed.data);
  await transaction(async (tx) => {
    if (!(await saveEventTranslations(tx, brandId, eventId, translations)))
      throw notFound("This event does not exist.");
    await appendToStream<OfferingEvent>(
      tx,
      `event-${eventId}`,
      "any",
      [{ type: "EventTranslated", payload: { eventId, languages: Object.keys(translations) } }],
      metadataFor(actor, brandId),
    );
  });
}

/**
 * TranslateProduct: a product's name and description, its variants', choice groups' and price
 * phases' names, in the brand's other languages; an empty field is no translation (fans read the
 * default language's text). `phaseNames`: its phases now (pricing's; the workflow reads them).
 */
export async function translateProduct(
  actor: Actor,
  brandId: string,
  eventId: string,
  productId: string,
  raw: unknown,
  phaseNames: readonly string[] = [],
): Promise<void> {
  const parsed = productTranslationsInput.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw invalid(issue.message, { field: issue.path.join(".") });
  }
  const [product] = await findProducts(brandId, [productId]);
  if (!product || product.eventId !== eventId) throw notFound("This product does not exist.");
  const translations = storedProductTranslations(parsed.data, {
    variantIds: product.variants.map((v) => v.id),
    groupNames: [...groupsOf(product).keys()],
    phaseNames,
  });
  await transaction(async (tx) => {
    if (!(await saveProductTranslations(tx, brandId, productId, translations)))
      throw notFound("This product does not exist.");
    await appendToStream<OfferingEvent>(
      tx,
      `event-${eventId}`,
      "any",
      [{ type: "ProductTranslated", payload: { eventId, productId, languages: Object.keys(translations) } }],
      metadataFor(actor, brandId),
    );
  });
}
