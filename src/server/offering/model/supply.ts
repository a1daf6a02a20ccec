// Where a new product's units come from. Merch has a stock per variant (a pool each). A ticket or
// an add-on has a capacity of its own, draws from a shared pool the organizer picked, or both:
// with neither it could never be sold (the shop would show it "Sold out" from the start), so it
// is refused at the Capacity field. Pure.
import { z } from "zod";
import type { Issue, ProductKind } from "./catalog";

const count = (negative: string) =>
  z.preprocess(
    (v) => (v === "" || v == null ? null : v),
    z.coerce
      .number({ message: "Enter a number" })
      .int("Use a whole number")
      .min(0, negative)
      .max(1_000_000, "At most 1,000,000")
      .nullable(),
  );
/** A capacity or a stock as typed: a count, or blank (none). */
export const capacityInput = count("Capacity cannot be negative");
export const stockInput = count("Stock cannot be negative");
/** The shared pool picked, or none. */
export const poolIdInput = z.preprocess(
  (v) => (v === "" || v == null ? null : v),
  z.string({ message: "Choose a pool" }).max(64).nullable(),
);

export const NO_SUPPLY =
  "Enter a capacity, or choose a shared pool to draw from: without either nobody can buy it";

export type Supply = {
  /** A pool of its own with this capacity (tickets and add-ons). */
  capacity: number | null;
  /** A shared pool it draws one unit from per sale (tickets and add-ons). */
  poolId: string | null;
  /** The stock of each variant, in order (merch). */
  stock: number[];
};

/** Every merch variant needs a stock: each one left blank, at its row. */
export function missingStock(variants: readonly { name: unknown; stock: unknown }[]): Issue[] {
  return variants.flatMap((v, i) => {
    if (v.stock !== null) return [];
    const name = typeof v.name === "string" && v.name ? v.name : "this variant";
    return [{ field: `variants.${i}.stock`, message: `Enter the stock of ${name}` }];
  });
}

/**
 * The supply of a new product of `kind` from what the organizer typed (read with `capacityInput`,
 * `poolIdInput` and `stockInput`): `capacity` and `poolId`, or for merch `stock[i]` per variant
 * (named for messages). Every problem at its field.
 */
export function supplyOf(
  kind: ProductKind,
  typed: { capacity: number | null; poolId: string | null; stock: readonly (number | null)[] },
  variantNames: readonly string[],
): { supply: Supply; issues: Issue[] } {
  const issues: Issue[] = [];
  const supply: Supply = { capacity: null, poolId: null, stock: [] };
  if (kind === "merch") {
    variantNames.forEach((name, i) => {
      const stock = typed.stock[i] ?? null;
      if (stock === null)
        issues.push({
          field: `variants.${i}.stock`,
          message: `Enter the stock of ${name || "this variant"}`,
        });
      else supply.stock.push(stock);
    });
    return { supply, issues };
  }
  if (kind === "bundle") return { supply, issues };
  supply.capacity = typed.capacity;
  supply.poolId = typed.poolId;
  if (supply.capacity === null && supply.poolId === null)
    issues.push({ field: "capacity", message: NO_SUPPLY });
  return { supply, issues };
}
