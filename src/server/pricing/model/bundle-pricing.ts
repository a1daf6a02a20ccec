// The price of one bundle unit, and how that single price is split across its components.
// A bundle is either sold at a fixed price (with its own phases), or at the sum of its chosen
// components' prices (a component may cost less inside the bundle than alone) minus a
// bundle-only discount. Discounts live on the bundle, never on the components' own prices.
import { allocate } from "@/server/platform/money";
import { DomainError } from "@/server/platform/errors";
import type { PricePhase } from "./phases";
import { includedTax, percentOf } from "./rates";

export type BundleDiscount = { kind: "percent"; basisPoints: number } | { kind: "amount"; amount: number };
export type BundlePricing =
  { mode: "fixed"; phases: PricePhase[] } | { mode: "sum"; discount: BundleDiscount | null };
/** One chosen component of a bundle. `overrideUnitPrice`: "20 € inside this bundle, 30 € alone". */
export type PricedComponent = {
  componentId: string;
  name: string;
  quantity: number;
  standaloneUnitPrice: number;
  overrideUnitPrice: number | null;
  taxRateBp: number;
};
export type BundleUnitPrice = { price: number; standaloneTotal: number; saving: number };
export type AllocationPart = { componentId: string; amount: number; tax: number };
/**
 * What a bundle's price is split by, for refunds, revenue and tax: the components' in-bundle
 * prices (what the organizer set inside the bundle; a component without one counts at its own
 * price), or their stand-alone prices (the relative stand-alone selling price of IFRS 15 / ASC 606).
 * A brand setting; each order line keeps the basis it was split by (docs/adr/0020).
 */
export type SplitBasis = "in_bundle" | "standalone";
export const SPLIT_BASES = ["in_bundle", "standalone"] as const satisfies readonly SplitBasis[];

/** What the components cost bought alone, at their standalone prices. */
export function standaloneTotal(components: readonly PricedComponent[]): number {
  return components.reduce((s, c) => s + c.standaloneUnitPrice * c.quantity, 0);
}

/**
 * One bundle unit: for "fixed", the `fixedPrice` the caller resolved from the bundle's own phase;
 * for "sum", Σ (override ?? standalone) × quantity minus the discount, never below 0.
 * `saving` is what the fan saves against buying the parts alone (≤ 0 when the bundle costs more).
 */
export function bundleUnitPrice(
  pricing: BundlePricing,
  components: readonly PricedComponent[],
  fixedPrice?: number,
): BundleUnitPrice {
  for (const c of components) {
    const prices = [c.standaloneUnitPrice, c.overrideUnitPrice ?? 0];
    if (
      !Number.isSafeInteger(c.quantity) ||
      c.quantity < 1 ||
      prices.some((p) => !Number.isSafeInteger(p) || p < 0)
    ) {
      throw new DomainError("Invalid", `${c.name} has no valid price in this bundle.`);
    }
  }
  const alone = standaloneTotal(components);
  const price = pricing.mode === "fixed" ? fixed(fixedPrice) : summed(pricing.discount, components);
  return { price, standaloneTotal: alone, saving: alone - price };
}

function fixed(price: number | undefined): number {
  if (price === undefined || !Number.isSafeInteger(price) || price < 0)
    throw new DomainError("Invalid", "This bundle has no valid price.");
  return price;
}

function summed(discount: BundleDiscount | null, components: readonly PricedComponent[]): number {
  const sum = components.reduce((s, c) => s + (c.overrideUnitPrice ?? c.standaloneUnitPrice) * c.quantity, 0);
  if (discount === null) return sum;
  if (discount.kind === "percent") {
    if (discount.basisPoints > 10_000)
      throw new DomainError("Invalid", "A bundle discount cannot exceed 100 %.");
    return sum - percentOf(sum, discount.basisPoints);
  }
  if (!Number.isSafeInteger(discount.amount) || discount.amount < 0)
    throw new DomainError("Invalid", "A bundle discount must be a whole, non-negative amount.");
  return Math.max(0, sum - discount.amount);
}

/**
 * The basis a bundle is actually split by under the brand's `setting`: in-bundle prices only when
 * the organizer set one for a chosen component; without any, both bases weigh the same, and the
 * split is named for what it is (stand-alone prices).
 */
export function splitBasisFor(setting: SplitBasis, components: readonly PricedComponent[]): SplitBasis {
  return setting === "in_bundle" && components.some((c) => c.overrideUnitPrice !== null)
    ? "in_bundle"
    : "standalone";
}

/** What one component weighs in a split: its price on that basis × its quantity. */
function weightOf(c: PricedComponent, basis: SplitBasis): number {
  const unit = basis === "in_bundle" ? (c.overrideUnitPrice ?? c.standaloneUnitPrice) : c.standaloneUnitPrice;
  return unit * c.quantity;
}

/**
 * Split `price` (a bundle price, a line total or a discount) across the components in proportion
 * to their prices on `basis`, exactly (largest remainder: the parts add up to `price`), with the
 * tax each part contains at its own rate. A "sum" bundle without discount split by in-bundle
 * prices gives each component exactly its in-bundle price × quantity; a discount (the bundle's or
 * a promo code's) is spread the same way. Components weighing nothing get nothing, unless every
 * component weighs nothing: then they share evenly.
 */
export function allocateBundle(
  price: number,
  components: readonly PricedComponent[],
  basis: SplitBasis,
): AllocationPart[] {
  if (!Number.isSafeInteger(price) || price < 0)
    throw new DomainError("Invalid", "Only a whole, non-negative amount can be allocated.");
  const amounts = allocate(
    price,
    components.map((c) => weightOf(c, basis)),
  );
  return components.map((c, i) => {
    const amount = amounts[i]!;
    return { componentId: c.componentId, amount, tax: includedTax(amount, c.taxRateBp) };
  });
}
