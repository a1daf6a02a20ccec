// How organizers write a bundle's parts: one row per product, and for merch the variants it may
// be ("T-shirt: S, M, L" — the fan picks one). Stored, a bundle has one component per variant
// of such a choice, in a choose-one group (see BundleComponent). These functions go from rows to
// components and back, so a row's one in-bundle price and its problems stay with the row. Pure.
import type { BundleComponent, CatalogProduct, Issue } from "./catalog";

export type ComponentRow = {
  productId: string;
  /** The variants ticked: none for a product without variants; several make a choice. */
  variantIds: string[];
  quantity: number;
  optional: boolean;
  /** The choose-one group: the fan picks one of its options, which may be several rows'. */
  group: string | null;
};

export type NewComponent = Omit<BundleComponent, "id">;

/**
 * The components of these rows, in order; `rowOf[i]` is the row component i came from. A row
 * with several variants ticked becomes one option per variant in its group (named after the
 * product when the organizer gave no name); a row without a product is skipped (a row the
 * organizer did not use). An optional part cannot be a choice: the fan could not say which.
 */
export function componentsFromRows(
  rows: readonly ComponentRow[],
  catalog: ReadonlyMap<string, Pick<CatalogProduct, "name">>,
): { components: NewComponent[]; rowOf: number[]; issues: Issue[] } {
  const components: NewComponent[] = [];
  const rowOf: number[] = [];
  const issues: Issue[] = [];
  rows.forEach((row, r) => {
    if (!row.productId) return;
    const variants = [...new Set(row.variantIds)];
    const choice = variants.length > 1;
    if (choice && row.optional)
      issues.push({
        field: `components.${r}.variantIds`,
        message: "An optional part is one size: tick one, or make the part included",
      });
    const group = row.group ?? (choice ? (catalog.get(row.productId)?.name ?? "option") : null);
    for (const variantId of variants.length ? variants : [null]) {
      components.push({
        productId: row.productId,
        variantId,
        quantity: row.quantity,
        optional: row.optional,
        group,
      });
      rowOf.push(r);
    }
  });
  return { components, rowOf, issues };
}

/**
 * A problem found on the components (`components.<i>…`) placed at the row it came from; a
 * problem about one variant is about the row's ticked variants.
 */
export function atRow(issue: Issue, rowOf: readonly number[]): Issue {
  const m = /^components\.(\d+)(\..*)?$/.exec(issue.field);
  if (!m) return issue;
  const rest = m[2] === ".variant" ? ".variantIds" : (m[2] ?? "");
  return { ...issue, field: `components.${rowOf[Number(m[1])] ?? m[1]}${rest}` };
}

export type RowWithPrice = ComponentRow & { price: number | null };

/**
 * The rows of stored components (to edit a bundle): the options of one choice that are
 * variants of one product, with one quantity and one in-bundle price, are one row with those
 * variants ticked; every other component is a row of its own. Rows keep the components' order.
 */
export function rowsFromComponents(
  components: readonly BundleComponent[],
  priceOf: (componentId: string) => number | null,
): RowWithPrice[] {
  const rows: RowWithPrice[] = [];
  const byChoice = new Map<string, RowWithPrice>();
  for (const c of components) {
    const price = priceOf(c.id);
    const key =
      c.group && c.variantId && !c.optional
        ? JSON.stringify([c.group, c.productId, c.quantity, price])
        : null;
    const same = key ? byChoice.get(key) : undefined;
    if (same && c.variantId) {
      same.variantIds.push(c.variantId);
      continue;
    }
    const row: RowWithPrice = {
      productId: c.productId,
      variantIds: c.variantId ? [c.variantId] : [],
      quantity: c.quantity,
      optional: c.optional,
      group: c.group,
      price,
    };
    rows.push(row);
    if (key) byChoice.set(key, row);
  }
  return rows;
}

/**
 * A Studio part row's role ("optional", "choice", or included) as the component's flags: an
 * optional part is in no group; an option of a choice is in its group (named "option" when the
 * organizer gave none); an included part keeps a group typed for it (an older form's way to make
 * a choice), else none.
 */
export function roleFlags(role: string | undefined, group: string | undefined) {
  if (role === "optional") return { optional: true, group: null };
  if (role === "choice") return { optional: false, group: group || "option" };
  return { optional: false, group: group || null };
}
