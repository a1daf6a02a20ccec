// What one paid order line adds to the sales read models: its product's figures and, for a
// bundle, each component's exact share of the bundle's price (the allocation checkout stored
// when the order was placed). The shares always add up to the line's total, to the cent.
import { allocate } from "@/server/platform/money";
import type { OrderLineFact } from "@/server/checkout";

/** A paid order line as checkout recorded it (the parts of OrderLineFact the insights read). */
export type SoldLine = Pick<
  OrderLineFact,
  | "productId"
  | "productName"
  | "variantId"
  | "variantName"
  | "kind"
  | "quantity"
  | "discount"
  | "tax"
  | "total"
  | "allocation"
  | "components"
>;

export type ProductFigures = {
  productId: string;
  variantId: string | null;
  units: number;
  /** What the fans paid for it (after discounts, tax included). */
  gross: number;
  discount: number;
  tax: number;
};

export type ComponentFigures = {
  bundleId: string;
  componentId: string;
  productId: string;
  variantId: string | null;
  units: number;
  /** The component's share of the bundle's price. */
  revenue: number;
  tax: number;
};

export function productFigures(line: SoldLine): ProductFigures {
  return {
    productId: line.productId,
    variantId: line.variantId,
    units: line.quantity,
    gross: line.total,
    discount: line.discount,
    tax: line.tax,
  };
}

/**
 * A bundle line's revenue per component, from its stored allocation. Should the stored shares
 * not add up to the line's total (they always do), the total is split by units instead, as
 * fulfillment does: a report is never off by a cent, and never stuck on arithmetic.
 */
export function componentFigures(line: SoldLine): ComponentFigures[] {
  if (line.kind !== "bundle" || line.components.length === 0) return [];
  const stored = line.components.map((c) => line.allocation.find((a) => a.componentId === c.componentId));
  const storedSum = stored.reduce((sum, a) => sum + (a?.amount ?? 0), 0);
  const fits = stored.every((a) => a !== undefined) && storedSum === line.total;
  const revenue = fits
    ? stored.map((a) => a!.amount)
    : allocate(
        line.total,
        line.components.map((c) => c.quantity),
      );
  const tax = fits
    ? stored.map((a) => a!.tax)
    : allocate(
        line.tax,
        line.components.map((c) => c.quantity),
      );
  return line.components.map((c, i) => ({
    bundleId: line.productId,
    componentId: c.componentId,
    productId: c.productId,
    variantId: c.variantId,
    units: c.quantity * line.quantity,
    revenue: revenue[i]!,
    tax: tax[i]!,
  }));
}

/** What the projector keeps of a counted order line: enough to place any later refund of it. */
export type CountedLine = SoldLine & { lineId: string };

/** A refunded item's share, placed on its line's product (or bundle) and, in a bundle, on its component. */
export function refundPlacement(
  lines: readonly CountedLine[],
  item: { lineId: string; componentId: string },
): { line: CountedLine; component: ComponentFigures | null } | null {
  const line = lines.find((l) => l.lineId === item.lineId);
  if (!line) return null;
  const component =
    item.componentId === ""
      ? null
      : (componentFigures(line).find((c) => c.componentId === item.componentId) ?? null);
  return { line, component };
}
