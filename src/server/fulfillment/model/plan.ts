// The fulfillment plan: what a paid order turns into, item by item. One item per unit delivered —
// a ticket (issued at once), a digital add-on (delivered at once) or a shipment item (waits to be
// packed and shipped) — each carrying its exact share of what the fan paid, so refunding any set
// of items returns the sum of their shares, and refunding all of them returns the order's total.
import { allocate } from "@/server/platform/money";

export type FulfillmentKind = "ticket" | "shipment" | "digital";
export type ItemStatus = "issued" | "to_ship" | "shipped" | "delivered" | "returned" | "refunded";

/** A paid order line as checkout recorded it (OrderLineFact, the parts fulfillment reads). */
export type PaidLine = {
  lineId: string;
  productId: string;
  productName: string;
  variantId: string | null;
  variantName: string | null;
  kind: string;
  quantity: number;
  total: number;
  allocation: { componentId: string; amount: number }[];
  components: {
    componentId: string;
    productId: string;
    productName: string;
    variantId: string | null;
    variantName: string | null;
    kind: string;
    quantity: number;
  }[];
};

export type PlannedItem = {
  lineId: string;
  /** "" for a line that is not a bundle. */
  componentId: string;
  /** Index of this unit within its line (or, in a bundle, within its component across all bundle units). */
  seq: number;
  /** Bundles: which unit of the bundle this item belongs to (a pack bought twice has units 0 and 1). */
  bundleUnit: number | null;
  kind: FulfillmentKind;
  productId: string;
  variantId: string | null;
  /** What the fan sees: "Day ticket · Weekend pack", "T-shirt (M)". */
  label: string;
  amount: number;
};

export function kindOf(productKind: string): FulfillmentKind {
  if (productKind === "ticket") return "ticket";
  if (productKind === "merch") return "shipment";
  return "digital";
}

export const firstStatus = (kind: FulfillmentKind): ItemStatus =>
  kind === "shipment" ? "to_ship" : "issued";

const withVariant = (name: string, variant: string | null) => (variant ? `${name} (${variant})` : name);
type Named = { productName: string; variantName: string | null };

/**
 * What the fan sees of an item: its product with its variant, "T-shirt (M)"; a bundle's part
 * followed by the bundle's name, "Day ticket · Weekend pack". Tickets are named by it too.
 */
export function itemLabel(line: Named, part?: Named): string {
  return part
    ? `${withVariant(part.productName, part.variantName)} · ${line.productName}`
    : withVariant(line.productName, line.variantName);
}

export function planFulfillment(lines: readonly PaidLine[]): PlannedItem[] {
  return lines.flatMap((line): PlannedItem[] => {
    if (line.kind !== "bundle") {
      const amounts = allocate(
        line.total,
        Array.from({ length: line.quantity }, () => 1),
      );
      return amounts.map((amount, seq) => ({
        lineId: line.lineId,
        componentId: "",
        seq,
        bundleUnit: null,
        kind: kindOf(line.kind),
        productId: line.productId,
        variantId: line.variantId,
        label: itemLabel(line),
        amount,
      }));
    }
    // The stored allocation, as checkout split the line's total; should it not add up (it always
    // does), the total is split by units instead — a paid order is never stuck on arithmetic.
    const stored = line.components.map(
      (c) => line.allocation.find((a) => a.componentId === c.componentId)?.amount ?? 0,
    );
    const shares =
      stored.reduce((a, b) => a + b, 0) === line.total
        ? stored
        : allocate(
            line.total,
            line.components.map((c) => c.quantity),
          );
    const amounts = new Map(
      line.components.map((c, i) => [
        c.componentId,
        allocate(
          shares[i]!,
          Array.from({ length: c.quantity * line.quantity }, () => 1),
        ),
      ]),
    );
    const items: PlannedItem[] = [];
    for (let unit = 0; unit < line.quantity; unit++) {
      for (const c of line.components) {
        for (let j = 0; j < c.quantity; j++) {
          const seq = unit * c.quantity + j;
          items.push({
            lineId: line.lineId,
            componentId: c.componentId,
            seq,
            bundleUnit: unit,
            kind: kindOf(c.kind),
            productId: c.productId,
            variantId: c.variantId,
            label: itemLabel(line, c),
            amount: amounts.get(c.componentId)![seq]!,
          });
        }
      }
    }
    return items;
  });
}

export type OrderFulfillmentState = "fulfilled" | "partially_fulfilled" | "refunded" | "partially_refunded";

/** The order's state follows its items: refunds first, then whether everything reached the fan. */
export function orderStateFrom(statuses: readonly ItemStatus[]): OrderFulfillmentState {
  const refunded = statuses.filter((s) => s === "refunded").length;
  if (statuses.length > 0 && refunded === statuses.length) return "refunded";
  if (refunded > 0) return "partially_refunded";
  return statuses.every((s) => s === "issued" || s === "delivered") ? "fulfilled" : "partially_fulfilled";
}

/** The order's state once the items in `changed` have moved to `to`. */
export function stateAfter(
  items: readonly { id: string; status: ItemStatus }[],
  changed: ReadonlySet<string>,
  to: ItemStatus,
): OrderFulfillmentState {
  return orderStateFrom(items.map((i) => (changed.has(i.id) ? to : i.status)));
}
