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
const capacityInput = count("Capacity cannot be negative");
const stockInput = count("Stock cannot be negative");
const poolIdInput = z.preprocess(
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

/**
 * The supply of a new product of `kind` from what the organizer typed: `capacity` and `poolId`,
 * or for merch `stock[i]` per variant (named for messages). Every problem at its field.
 */
export function supplyOf(
  kind: ProductKind,
  raw: { capacity?: unknown; poolId?: unknown; stock?: readonly unknown[] },
  variantNames: readonly string[],
): { supply: Supply; issues: Issue[] } {
  const issues: Issue[] = [];
  const supply: Supply = { capacity: null, poolId: null, stock: [] };
  if (kind === "merch") {
    variantNames.forEach((name, i) => {
      const field = `variants.${i}.stock`;
      const s = stockInput.safeParse(raw.stock?.[i]);
      if (!s.success) issues.push({ field, message: s.error.issues[0]!.message });
      else if (s.data === null)
        issues.push({ field, message: `Enter the stock of ${name || "this variant"}` });
      else supply.stock.push(s.data);
    });
    return { supply, issues };
  }
  if (kind === "bundle") return { supply, issues };
  const capacity = capacityInput.safeParse(raw.capacity);
  const poolId = poolIdInput.safeParse(raw.poolId);
  if (!capacity.success) issues.push({ field: "capacity", message: capacity.error.issues[0]!.message });
  else supply.capacity = capacity.data;
  if (!poolId.success) issues.push({ field: "poolId", message: poolId.error.issues[0]!.message });
  else supply.poolId = poolId.data;
  if (capacity.success && poolId.success && supply.capacity === null && supply.poolId === null)
    issues.push({ field: "capacity", message: NO_SUPPLY });
  return { supply, issues };
}
