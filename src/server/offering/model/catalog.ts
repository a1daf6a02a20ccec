// What can be sold, and what it is made of: product kinds, variants, bundles and the rules a
// cart must follow. Pure: no clock, no database.
import { DomainError } from "@/server/platform/errors";

export const PRODUCT_KINDS = ["ticket", "merch", "addon", "bundle"] as const;
export type ProductKind = (typeof PRODUCT_KINDS)[number];
export const VISIBILITIES = ["public", "hidden", "box_office"] as const;
export type Visibility = (typeof VISIBILITIES)[number];

export type Variant = { id: string; name: string; sku: string };
/**
 * One part of a bundle: a product (a variant of it, for merch) × quantity; optional, or one of a choose-one
 * group.
 */
export type BundleComponent = {
  id: string;
  productId: string;
  variantId: string | null;
  quantity: number;
  optional: boolean;
  group: string | null;
};

export type CatalogProduct = {
  id: string;
  brandId: string;
  eventId: string;
  kind: ProductKind;
  name: string;
  taxRateBp: number;
  salesStart: Date | null;
  salesEnd: Date | null;
  minPerOrder: number;
  maxPerOrder: number;
  visibility: Visibility;
  /** The channels it is sold in; empty: every channel. */
  channels: Channel[];
  /** "Requires one of these in the same cart" (e.g. parking requires a ticket). */
  requiresProductIds: string[];
  variants: Variant[];
  components: BundleComponent[];
};

/** What the fan chose inside a bundle: optional components ticked, one component per choose-one group. */
export type Selection = { optional: string[]; choices: Record<string, string> };
export const EMPTY_SELECTION: Selection = { optional: [], choices: {} };

export type Issue = { field: string; message: string };

/**
 * The components one unit of this bundle contains, given the fan's selection. Refuses an incomplete or
 * foreign selection.
 */
export function chosenComponents(
  bundle: CatalogProduct,
  selection: Selection = EMPTY_SELECTION,
): BundleComponent[] {
  const byId = new Map(bundle.components.map((c) => [c.id, c]));
  for (const id of selection.optional) {
    const c = byId.get(id);
    if (!c || !c.optional) throw new DomainError("Invalid", `That option is not part of ${bundle.name}.`);
  }
  const groups = groupsOf(bundle);
  for (const [group, chosen] of Object.entries(selection.choices)) {
    if (!groups.has(group)) throw new DomainError("Invalid", `${bundle.name} has no choice “${group}”.`);
    if (byId.get(chosen)?.group !== group)
      throw new DomainError("Invalid", `That is not one of the options for “${group}”.`);
  }
  for (const group of groups.keys()) {
    if (!selection.choices[group])
      throw new DomainError("Invalid", `Choose the ${group} for ${bundle.name}.`, {
        field: `choice.${group}`,
      });
  }
  return bundle.components.filter((c) =>
    c.group ? selection.choices[c.group] === c.id : !c.optional || selection.optional.includes(c.id),
  );
}

export function groupsOf(bundle: CatalogProduct): Map<string, BundleComponent[]> {
  const groups = new Map<string, BundleComponent[]>();
  for (const c of bundle.components) if (c.group) groups.set(c.group, [...(groups.get(c.group) ?? []), c]);
  return groups;
}

/**
 * A bundle's composition, checked against the catalog: it cannot contain itself (directly or
 * through another bundle), its parts must be this brand's, exist, and name a variant where the
 * product has variants; a choose-one group needs two options.
 */
export function validateBundle(
  bundle: Pick<CatalogProduct, "id" | "brandId" | "name" | "components">,
  catalog: ReadonlyMap<string, CatalogProduct>,
): Issue[] {
  const issues: Issue[] = [];
  if (bundle.components.length === 0)
    issues.push({ field: "components", message: "Add at least one component" });
  bundle.components.forEach((c, i) => {
    const field = `components.${i}`;
    if (c.productId === bundle.id || containsBundle(c.productId, bundle.id, catalog, new Set())) {
      issues.push({ field, message: "A bundle cannot contain itself" });
      return;
    }
    const p = catalog.get(c.productId);
    if (!p || p.brandId !== bundle.brandId) {
      issues.push({ field, message: "Choose a product of this brand" });
      return;
    }
    if (!Number.isInteger(c.quantity) || c.quantity < 1 || c.quantity > 100)
      issues.push({ field: `${field}.quantity`, message: "Quantity is a whole number from 1 to 100" });
    if (p.variants.length > 0 && !c.variantId)
      issues.push({ field: `${field}.variant`, message: `Choose which ${p.name} (a size or colour)` });
    if (c.variantId && !p.variants.some((v) => v.id === c.variantId))
      issues.push({ field: `${field}.variant`, message: `That variant is not one of ${p.name}'s` });
    if (c.optional && c.group)
      issues.push({ field, message: "A component is either optional or part of a choice, not both" });
  });
  for (const [group, options] of groupsOf({ ...bundle, kind: "bundle" } as CatalogProduct)) {
    if (options.length < 2)
      issues.push({ field: "components", message: `The choice “${group}” needs at least two options` });
  }
  return issues;
}

function containsBundle(
  productId: string,
  target: string,
  catalog: ReadonlyMap<string, CatalogProduct>,
  seen: Set<string>,
): boolean {
  if (seen.has(productId)) return false;
  seen.add(productId);
  const p = catalog.get(productId);
  if (!p || p.kind !== "bundle") return false;
  return p.components.some(
    (c) => c.productId === target || containsBundle(c.productId, target, catalog, seen),
  );
}

export type CartLineRequest = {
  productId: string;
  variantId: string | null;
  quantity: number;
  selection?: Selection;
};
/** Where a sale happens: the shop, a brand's site through the embed, or the box office at the door. */
export const CHANNELS = ["shop", "embed", "box_office"] as const;
export type Channel = (typeof CHANNELS)[number];
/** A product sold in some channels only (empty: in every channel). */
export const soldIn = (p: { channels: readonly Channel[] }, channel: Channel) =>
  p.channels.length === 0 || p.channels.includes(channel);

/**
 * The rules a cart must follow before anything is held: on sale now, visible in this channel
 * (or unlocked by a promo code), a variant where needed, min/max per order, required products present.
 */
export function checkCart(
  lines: readonly CartLineRequest[],
  products: ReadonlyMap<string, CatalogProduct>,
  at: Date,
  opts: { channel: Channel; unlocked: ReadonlySet<string> },
): void {
  const inCart = new Map<string, number>();
  for (const l of lines) inCart.set(l.productId, (inCart.get(l.productId) ?? 0) + l.quantity);
  for (const [i, l] of lines.entries()) {
    const quantityField = { field: `lines.${i}.quantity`, productId: l.productId };
    const p = products.get(l.productId);
    if (!p) throw new DomainError("Invalid", "This item is not sold here.");
    if (!Number.isInteger(l.quantity) || l.quantity < 1)
      throw new DomainError("Invalid", `Choose at least one ${p.name}.`, quantityField);
    const visible =
      p.visibility === "public" ||
      (p.visibility === "hidden" && opts.unlocked.has(p.id)) ||
      (p.visibility === "box_office" && opts.channel === "box_office");
    if (!visible || !soldIn(p, opts.channel))
      throw new DomainError("Invalid", `${visible ? p.name : "This item"} is not sold here.`);
    if (p.salesStart && at < p.salesStart) throw new DomainError("Invalid", `${p.name} is not on sale yet.`);
    if (p.salesEnd && at >= p.salesEnd) throw new DomainError("Invalid", `Sales of ${p.name} have ended.`);
    if (p.variants.length > 0 && !p.variants.some((v) => v.id === l.variantId))
      throw new DomainError("Invalid", `Choose a size or colour for ${p.name}.`, {
        field: `variant.${p.id}`,
      });
    if (p.variants.length === 0 && l.variantId)
      throw new DomainError("Invalid", `${p.name} has no variants.`);
    if (p.kind === "bundle") chosenComponents(p, l.selection);
    const total = inCart.get(p.id)!;
    if (total > p.maxPerOrder)
      throw new DomainError(
        "Invalid",
        `You can buy at most ${p.maxPerOrder} ${p.name} per order.`,
        quantityField,
      );
    if (total < p.minPerOrder)
      throw new DomainError(
        "Invalid",
        `${p.name} is sold in orders of at least ${p.minPerOrder}.`,
        quantityField,
      );
    if (
      p.requiresProductIds.length > 0 &&
      !p.requiresProductIds.some(
        (id) =>
          inCart.has(id) ||
          lines.some((o) => bundleDelivers(products.get(o.productId), o.selection, id, products)),
      )
    ) {
      const names = p.requiresProductIds
        .map((id) => products.get(id)?.name)
        .filter(Boolean)
        .join(" or ");
      throw new DomainError("Invalid", `${p.name} needs ${names || "a ticket"} in the same order.`);
    }
  }
}

/**
 * Whether a bundle, as the fan configured it, delivers this product (also inside a nested bundle's fixed
 * parts).
 */
function bundleDelivers(
  p: CatalogProduct | undefined,
  selection: Selection | undefined,
  productId: string,
  products: ReadonlyMap<string, CatalogProduct>,
  depth = 0,
): boolean {
  if (!p || p.kind !== "bundle" || depth > 5) return false;
  let parts: BundleComponent[];
  try {
    parts =
      depth === 0 ? chosenComponents(p, selection) : p.components.filter((c) => !c.optional && !c.group);
  } catch {
    return false;
  }
  return parts.some(
    (c) =>
      c.productId === productId ||
      bundleDelivers(products.get(c.productId), undefined, productId, products, depth + 1),
  );
}
