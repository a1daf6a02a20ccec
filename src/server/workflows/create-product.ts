// A product as organizers create it is several things in three contexts: the product and its
// variants (offering), its stock or capacity as pools (inventory) and its price phases
// (pricing). Created together in one unit of work; any refusal saves nothing.
import { transaction, type UnitOfWork } from "@/server/platform/unit-of-work";
import { invalid } from "@/server/platform/errors";
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

/**
 * CreateProduct: `raw` carries the product's fields, `phases` (or a single `price`), and either
 * `capacity` (a new pool of its own; empty = draws from pools set up separately) or, for merch,
 * `stock` per variant (a pool per variant).
 */
export async function createProduct(
  actor: Actor,
  brand: Brand,
  eventId: string,
  raw: Record<string, unknown>,
): Promise<{ productId: string }> {
  const event = await offering.studioEvent(brand.id, eventId);
  const phases = raw.phases ?? [{ name: "", price: raw.price, endsAt: "", endsAfterSold: "" }];
  return transaction(async (uow) => {
    const product = await offering.addProduct(uow, actor, brand.id, eventId, raw);
    if (product.kind === "merch") {
      const stock = Array.isArray(raw.stock) ? raw.stock : [];
      for (const [i, v] of product.variants.entries()) {
        const s = stockInput.safeParse(stock[i]);
        if (!s.success) throw invalid(s.error.issues[0]!.message, { field: `stock.${i}` });
        if (s.data === null) throw invalid(`Enter the stock of ${v.name}`, { field: `stock.${i}` });
        await inventory.createPool(
          uow,
          actor,
          brand.id,
          { name: `${product.name} — ${v.name}`, capacity: s.data },
          [{ productId: product.id, variantId: v.id, units: 1 }],
        );
      }
    } else {
      const capacity = stockInput.safeParse(raw.capacity);
      if (!capacity.success) throw invalid(capacity.error.issues[0]!.message, { field: "capacity" });
      if (capacity.data !== null)
        await inventory.createPool(uow, actor, brand.id, { name: product.name, capacity: capacity.data }, [
          { productId: product.id, variantId: null, units: 1 },
        ]);
    }
    await pricing.setPhases(uow, actor, brand.id, product.id, brand.currency, event.timeZone, phases);
    return { productId: product.id };
  });
}

/** The walking skeleton's "ticket type": a ticket with one price and a pool of its own. */
export function createTicketType(
  actor: Actor,
  brand: Brand,
  eventId: string,
  raw: { name: unknown; price: unknown; capacity: unknown; maxPerOrder?: unknown },
) {
  return createProduct(actor, brand, eventId, { kind: "ticket", taxRate: 0, ...raw });
}

/**
 * CreateBundle: the bundle and its components (offering), its pricing (pricing): `pricing.mode`
 * "fixed" with `phases`, or "sum" with an optional bundle-only discount and in-bundle prices per
 * component (`overrides[i]` for component i, empty = its own price).
 */
export async function createBundle(
  actor: Actor,
  brand: Brand,
  eventId: string,
  raw: Record<string, unknown> & { pricing?: Record<string, unknown> },
): Promise<{ productId: string }> {
  const event = await offering.studioEvent(brand.id, eventId);
  const p = raw.pricing ?? { mode: "sum" };
  return transaction(async (uow) => {
    const bundle = await offering.addBundle(uow, actor, brand.id, eventId, raw);
    await priceBundle(uow, actor, brand, event.timeZone, bundle, p);
    if (raw.capacity !== undefined && raw.capacity !== "") {
      const capacity = stockInput.safeParse(raw.capacity);
      if (!capacity.success) throw invalid(capacity.error.issues[0]!.message, { field: "capacity" });
      if (capacity.data !== null)
        await inventory.createPool(uow, actor, brand.id, { name: bundle.name, capacity: capacity.data }, [
          { productId: bundle.id, variantId: null, units: 1 },
        ]);
    }
    return { productId: bundle.id };
  });
}

/**
 * A bundle's pricing (pricing): `overrides[i]` is component i's in-bundle price (empty = its own),
 * a fixed-price bundle gets its phases; then the bundle is checked for feasibility.
 */
async function priceBundle(
  uow: UnitOfWork,
  actor: Actor,
  brand: Brand,
  timeZone: string,
  bundle: offering.CatalogProduct,
  p: Record<string, unknown>,
) {
  const overrides = (Array.isArray(p.overrides) ? p.overrides : [])
    .map((price, i) => ({ componentId: bundle.components[i]?.id ?? "", price }))
    .filter((o) => o.price !== "" && o.price !== null && o.price !== undefined);
  await pricing.setBundlePricing(
    uow,
    actor,
    brand.id,
    bundle.id,
    bundle.components.map((c) => c.id),
    { mode: p.mode, discountKind: p.discountKind, discountValue: p.discountValue, overrides },
  );
  if (p.mode === "fixed")
    await pricing.setPhases(
      uow,
      actor,
      brand.id,
      bundle.id,
      brand.currency,
      timeZone,
      p.phases ?? [{ name: "", price: p.price, endsAt: "", endsAfterSold: "" }],
    );
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

/** EditProduct: details (offering) and, when given, its price phases (pricing), together. */
export async function editProduct(
  actor: Actor,
  brand: Brand,
  eventId: string,
  productId: string,
  raw: Record<string, unknown>,
): Promise<void> {
  const event = await offering.studioEvent(brand.id, eventId);
  await transaction(async (uow) => {
    await offering.editProduct(uow, actor, brand.id, eventId, productId, raw);
    if (raw.phases !== undefined)
      await pricing.setPhases(uow, actor, brand.id, productId, brand.currency, event.timeZone, raw.phases);
  });
}

/** ChangeBundle: its components (offering) and its pricing (pricing), checked for feasibility. */
export async function changeBundle(
  actor: Actor,
  brand: Brand,
  eventId: string,
  bundleId: string,
  raw: { components: unknown; pricing?: Record<string, unknown> },
): Promise<void> {
  const event = await offering.studioEvent(brand.id, eventId);
  const p = raw.pricing ?? { mode: "sum" };
  await transaction(async (uow) => {
    const bundle = await offering.changeBundleComponents(
      uow,
      actor,
      brand.id,
      eventId,
      bundleId,
      raw.components,
    );
    await priceBundle(uow, actor, brand, event.timeZone, bundle, p);
  });
}

/** AddVariant (merch): the variant (offering) and its own stock pool (inventory). */
export async function addVariant(
  actor: Actor,
  brand: Brand,
  eventId: string,
  productId: string,
  raw: { name?: unknown; sku?: unknown; stock?: unknown },
): Promise<void> {
  await transaction(async (uow) => {
    const variant = await offering.addVariant(uow, actor, brand.id, eventId, productId, raw);
    const stock = stockInput.safeParse(raw.stock);
    if (!stock.success) throw invalid(stock.error.issues[0]!.message, { field: "stock" });
    if (stock.data === null) throw invalid(`Enter the stock of ${variant.name}`, { field: "stock" });
    const product = await offering
      .studioEvent(brand.id, eventId)
      .then((e) => e.products.find((p) => p.id === productId)!);
    await inventory.createPool(
      uow,
      actor,
      brand.id,
      { name: `${product.name} — ${variant.name}`, capacity: stock.data },
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
  raw: unknown,
): Promise<void> {
  await transaction((uow) => offering.editVariant(uow, actor, brand.id, eventId, productId, variantId, raw));
}
