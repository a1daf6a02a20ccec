// A product as organizers create it is several things in three contexts: the product and its
// variants (offering), its stock or capacity as pools (inventory) and its price phases
// (pricing). Created together in one unit of work; any refusal saves nothing.
import { transaction, type UnitOfWork } from "@/server/platform/unit-of-work";
import { invalid, invalidAll } from "@/server/platform/errors";
import type { Actor } from "@/server/platform/metadata";
import { z } from "zod";
import * as offering from "@/server/offering";
import * as inventory from "@/server/inventory";
import * as pricing from "@/server/pricing";

type Brand = { id: string; currency: string };

const stockInput = z.preprocess(
  (v) => (v === "" || v == null ? null : v),
  z.coerce
    .number({ message: "Enter a number" })
    .int("Use a whole number")
    .min(0, "Capacity cannot be negative")
    .max(1_000_000)
    .nullable(),
);

/** A form's row list with no row typed in: one blank phase, so the price is asked for at its field. */
const oneRowAtLeast = (v: unknown) => (v === undefined || (Array.isArray(v) && v.length === 0) ? [{}] : v);

/**
 * What the Studio's new-product form parses, once: offering's fields (times still local), the
 * supply (a capacity and/or a shared pool; for merch a stock per variant) and pricing's phases.
 * A merch variant without a stock is answered with the other fields' problems, at once.
 */
export const newProductInput = offering.productFields
  .extend({
    capacity: offering.capacityInput,
    poolId: offering.poolIdInput,
    variants: z
      .array(offering.variantInput.extend({ stock: offering.stockInput }))
      .max(30)
      .default([]),
    phases: z.preprocess(oneRowAtLeast, pricing.phaseRowsInput),
  })
  .superRefine((v, ctx) => {
    // Runs even when a field was refused, so a value here may be one not parsed yet.
    if (v.kind !== "merch" || !Array.isArray(v.variants)) return;
    for (const i of offering.missingStock(v.variants))
      ctx.addIssue({ code: "custom", path: i.field.split("."), message: i.message });
  });
export type NewProductInput = z.output<typeof newProductInput>;

/**
 * CreateProduct: a ticket or an add-on needs a capacity (a pool of its own) and/or a shared pool
 * it draws from; merch a stock per variant (a pool each). Its times are read in the event's time
 * zone; every problem of the three contexts is reported at once, before anything is saved.
 */
export async function createProduct(
  actor: Actor,
  brand: Brand,
  eventId: string,
  form: NewProductInput,
): Promise<{ productId: string }> {
  const event = await offering.studioEvent(brand.id, eventId);
  // Only merch has variants: rows a ticket's form still carries are not its variants.
  const rows = form.kind === "merch" ? form.variants : [];
  const fields = { ...form, variants: rows.map(({ name, sku }) => ({ name, sku })) };
  const typed = { capacity: form.capacity, poolId: form.poolId, stock: rows.map((r) => r.stock) };
  const supply = await checkNewProduct(brand, event.timeZone, fields, typed, form.phases);
  return transaction(async (uow) => {
    const input = offering.productFrom(fields, event.timeZone);
    const product = await offering.addProduct(uow, actor, brand.id, eventId, input);
    for (const [i, v] of product.variants.entries())
      await inventory.createPool(
        uow,
        actor,
        brand.id,
        { name: `${product.name} — ${v.name}`, capacity: supply.stock[i]! },
        [{ productId: product.id, variantId: v.id, units: 1 }],
      );
    const own = { productId: product.id, variantId: null, units: 1 };
    if (supply.capacity !== null)
      await inventory.createPool(uow, actor, brand.id, { name: product.name, capacity: supply.capacity }, [
        own,
      ]);
    if (supply.poolId !== null) await inventory.addDraw(uow, actor, brand.id, supply.poolId, own);
    await pricing.setPhases(uow, actor, brand.id, product.id, brand.currency, event.timeZone, form.phases);
    return { productId: product.id };
  });
}

/** A new product's fields (offering), supply (offering's rule, inventory's pool) and phases (pricing). */
async function checkNewProduct(
  brand: Brand,
  timeZone: string,
  fields: offering.ProductFields,
  typed: Parameters<typeof offering.supplyOf>[1],
  phases: pricing.PhaseRows,
) {
  const names = fields.variants.map((v) => v.name);
  const { supply, issues } = offering.supplyOf(fields.kind, typed, names);
  if (supply.poolId && !(await inventory.poolOfBrand(brand.id, supply.poolId)))
    issues.push({ field: "poolId", message: "Choose one of this brand's pools" });
  const priced = pricing.phasesIn(phases, timeZone, () => "");
  const problems = [
    ...offering.productProblemsIn(fields, timeZone),
    ...issues,
    ...(priced.ok ? [] : priced.issues),
  ];
  if (problems.length > 0) throw invalidAll(problems);
  return supply;
}

/** The walking skeleton's "ticket type": a ticket with one price and a pool of its own. */
export function createTicketType(
  actor: Actor,
  brand: Brand,
  eventId: string,
  ticket: { name: string; price: number; capacity: number; maxPerOrder?: number },
) {
  return createProduct(actor, brand, eventId, {
    kind: "ticket",
    name: ticket.name,
    description: "",
    taxRate: 0,
    salesStart: null,
    salesEnd: null,
    minPerOrder: 1,
    maxPerOrder: ticket.maxPerOrder ?? 10,
    visibility: "public",
    channels: [],
    requiresProductIds: [],
    variants: [],
    capacity: ticket.capacity,
    poolId: null,
    phases: [{ name: "", price: ticket.price, endsAt: null, endsAfterSold: null }],
  });
}

/** A part's price inside its bundle as its row sends it: blank is the part's own price. */
const inBundlePrice = z.preprocess(
  (v) => {
    const t = typeof v === "string" ? v.replace(",", ".").trim() : v;
    return t === "" || t == null ? null : t;
  },
  z.coerce
    .number({ message: "Enter a price" })
    .min(0, "A price cannot be negative")
    .max(100_000, "That price is too high")
    .nullable(),
);

/**
 * A bundle's rows (offering's: a product, the variants ticked, how many, optional or one option
 * of a choice) each with its in-bundle price, and how the bundle is priced: the sum of its parts
 * (with a discount) or a fixed price with its phases.
 */
const bundleParts = {
  components: z
    .array(
      z
        .object({ ...offering.componentFields, price: inBundlePrice })
        .transform(({ price, ...row }) => ({ ...offering.oneVariantList(row), price })),
    )
    .min(1, "Add at least one component")
    .max(30),
  pricing: z.preprocess(
    (v) => v ?? {},
    z.intersection(pricing.bundlePricingChoice, z.object({ phases: pricing.phaseRowsInput.optional() })),
  ),
};

/** What the Studio's new-bundle form parses, once: the bundle, its parts, pricing and own capacity. */
export const newBundleInput = offering.bundleInput.extend({ ...bundleParts, capacity: stockInput });
export type NewBundleInput = z.output<typeof newBundleInput>;

/** What a bundle's page parses, once: its parts and pricing. */
export const bundleChangeInput = z.object(bundleParts);
export type BundleChangeInput = z.output<typeof bundleChangeInput>;

/**
 * CreateBundle: the bundle and its components (offering), its pricing (pricing) and, with a
 * capacity, a pool of its own (inventory).
 */
export async function createBundle(
  actor: Actor,
  brand: Brand,
  eventId: string,
  { capacity, pricing: choice, ...fields }: NewBundleInput,
): Promise<{ productId: string }> {
  const event = await offering.studioEvent(brand.id, eventId);
  return transaction(async (uow) => {
    const bundle = await offering.addBundle(uow, actor, brand.id, eventId, fields);
    await priceBundle(uow, actor, brand, event.timeZone, bundle, fields.components, choice);
    if (capacity !== null)
      await inventory.createPool(uow, actor, brand.id, { name: bundle.name, capacity }, [
        { productId: bundle.id, variantId: null, units: 1 },
      ]);
    return { productId: bundle.id };
  });
}

/**
 * A bundle's pricing (pricing): each row's in-bundle price for the components made of it, a
 * fixed-price bundle's phases; then the bundle is checked for feasibility.
 */
async function priceBundle(
  uow: UnitOfWork,
  actor: Actor,
  brand: Brand,
  timeZone: string,
  bundle: offering.CatalogProduct & { rowOf: number[] },
  rows: { price: number | null }[],
  choice: BundleChangeInput["pricing"],
) {
  const inBundle = bundle.components.flatMap((c, i) => {
    const price = rows[bundle.rowOf[i]!]?.price;
    return price == null ? [] : [{ componentId: c.id, price }];
  });
  const ids = bundle.components.map((c) => c.id);
  await pricing.setBundlePricing(uow, actor, brand.id, bundle.id, ids, choice, inBundle);
  if (choice.mode === "fixed") {
    if (!choice.phases) throw invalid("Enter a price", { field: "pricing.phases.0.price" });
    await pricing.setPhases(uow, actor, brand.id, bundle.id, brand.currency, timeZone, choice.phases);
  }
  await refuseImpossibleBundle(uow, brand.id, bundle);
}

/**
 * A bundle whose parts can never be available together (it needs more of a pool than the pool
 * holds, even empty) is refused when it is made, not discovered by fans as "sold out".
 */
async function refuseImpossibleBundle(uow: UnitOfWork, brandId: string, bundle: offering.CatalogProduct) {
  const fixed = bundle.components.filter((c) => !c.optional && !c.group);
  const groups = [...offering.groupsOf(bundle).values()];
  const keys = bundle.components.map((c) => ({ productId: c.productId, variantId: c.variantId }));
  const draws = await inventory.drawsFor(brandId, keys, uow);
  const drawsOf = (c: offering.BundleComponent) => ({
    draws: draws.get(inventory.keyOf(c)) ?? [],
    times: c.quantity,
  });
  const poolIds = [...draws.values()].flat().map((d) => d.poolId);
  const empty = new Map(
    [...(await inventory.poolStates(poolIds, new Date(0), uow)).entries()].map(([id, p]) => [
      id,
      { ...p, sold: 0, held: 0 },
    ]),
  );
  const fits = (parts: offering.BundleComponent[]) => {
    const merged = inventory.mergeDraws(parts.map(drawsOf));
    return merged.length === 0 || inventory.availabilityOf(merged, empty) > 0;
  };
  const ok =
    groups.length === 0 ? fits(fixed) : groups.every((options) => options.some((o) => fits([...fixed, o])));
  if (!ok) {
    const tight = [...empty.values()].find((p) =>
      inventory.mergeDraws(fixed.map(drawsOf)).some((d) => d.poolId === p.id && d.units > p.capacity),
    );
    throw invalid(
      tight
        ? `These components can never be available together: ${tight.name} holds ${tight.capacity}.`
        : "These components can never be available together.",
      { field: "components" },
    );
  }
}

/** What the Studio's product page parses, once: the details (times local) and, when shown, phases. */
export const productEditInput = offering.productDetailFields.extend({
  phases: pricing.phaseRowsInput.optional(),
});
export type ProductEditInput = z.output<typeof productEditInput>;

/**
 * EditProduct: details (offering) and, when given, its price phases (pricing), together; its
 * times read in the event's time zone, every problem at once.
 */
export async function editProduct(
  actor: Actor,
  brand: Brand,
  eventId: string,
  productId: string,
  { phases, ...fields }: ProductEditInput,
): Promise<void> {
  const event = await offering.studioEvent(brand.id, eventId);
  const priced = phases ? pricing.phasesIn(phases, event.timeZone, () => "") : null;
  const problems = [
    ...offering.productDetailProblemsIn(fields, event.timeZone),
    ...(priced && !priced.ok ? priced.issues : []),
  ];
  if (problems.length > 0) throw invalidAll(problems);
  const details = offering.productDetailsFrom(fields, event.timeZone);
  await transaction(async (uow) => {
    await offering.editProduct(uow, actor, brand.id, eventId, productId, details);
    if (phases)
      await pricing.setPhases(uow, actor, brand.id, productId, brand.currency, event.timeZone, phases);
  });
}

/** ChangeBundle: its components (offering) and its pricing (pricing), checked for feasibility. */
export async function changeBundle(
  actor: Actor,
  brand: Brand,
  eventId: string,
  bundleId: string,
  { components, pricing: choice }: BundleChangeInput,
): Promise<void> {
  const event = await offering.studioEvent(brand.id, eventId);
  await transaction(async (uow) => {
    const bundle = await offering.changeBundleComponents(uow, actor, brand.id, eventId, bundleId, components);
    await priceBundle(uow, actor, brand, event.timeZone, bundle, components, choice);
  });
}

/** What the Studio's new-variant form parses, once: the variant (offering's) and its stock. */
export const newVariantInput = offering.variantInput.extend({ stock: stockInput }).superRefine((v, ctx) => {
  if (v.stock === null)
    ctx.addIssue({ code: "custom", path: ["stock"], message: `Enter the stock of ${v.name}` });
});
export type NewVariantInput = z.output<typeof newVariantInput>;

/** AddVariant (merch): the variant (offering) and its own stock pool (inventory). */
export async function addVariant(
  actor: Actor,
  brand: Brand,
  eventId: string,
  productId: string,
  { stock, ...input }: NewVariantInput,
): Promise<void> {
  await transaction(async (uow) => {
    const variant = await offering.addVariant(uow, actor, brand.id, eventId, productId, input);
    if (stock === null) throw invalid(`Enter the stock of ${variant.name}`, { field: "stock" });
    const product = await offering
      .studioEvent(brand.id, eventId)
      .then((e) => e.products.find((p) => p.id === productId)!);
    await inventory.createPool(
      uow,
      actor,
      brand.id,
      { name: `${product.name} — ${variant.name}`, capacity: stock },
      [{ productId, variantId: variant.id, units: 1 }],
    );
  });
}

export async function editVariant(
  actor: Actor,
  brand: Brand,
  eventId: string,
  productId: string,
  variantId: string,
  input: offering.VariantInput,
): Promise<void> {
  await transaction((uow) =>
    offering.editVariant(uow, actor, brand.id, eventId, productId, variantId, input),
  );
}
