// What the fan sees of an event now: each visible product with its current price and phase,
// how many are left (per variant, per bundle option), and for bundles their contents and the
// saving against buying the parts alone. The same numbers the cart and the checkout use.
import * as offering from "@/server/offering";
import * as inventory from "@/server/inventory";
import * as pricing from "@/server/pricing";
import { priceCart } from "./cart";
import { catalogSnapshot } from "./catalog-snapshot";

export type OfferPrice = {
  amount: number;
  currency: string;
  phaseName: string | null;
  endsAt: string | null;
  leftAtThisPrice: number | null;
  nextPrice: number | null;
};
export type OfferItem = {
  id: string;
  kind: offering.ProductKind;
  name: string;
  description: string;
  minPerOrder: number;
  maxPerOrder: number;
  onSale: boolean;
  notOnSaleReason: string | null;
  available: number;
  variants: { id: string; name: string; available: number }[];
  price: OfferPrice | null;
  bundle: {
    parts: { componentId: string; name: string; variantName: string | null; quantity: number }[];
    groups: { name: string; options: { componentId: string; label: string; available: number }[] }[];
    optional: { componentId: string; label: string }[];
    standaloneTotal: number;
    saving: number;
    /** How one unit's price splits across its parts (the first available choice of each group), and by what. */
    split: { basis: pricing.SplitBasis; parts: { label: string; amount: number }[] } | null;
  } | null;
};

type Product = offering.CatalogProduct & { description: string };

export async function eventOffer(
  brand: { id: string; currency: string; bundleSplitBasis: pricing.SplitBasis },
  event: { id: string; products: Product[] },
  at: Date,
  opts: { channel: offering.Channel; unlocked?: ReadonlySet<string> } = { channel: "shop" },
): Promise<OfferItem[]> {
  const unlocked = opts.unlocked ?? new Set<string>();
  const visible = event.products.filter(
    (p) =>
      offering.soldIn(p, opts.channel) &&
      (p.visibility === "public" ||
        (p.visibility === "hidden" && unlocked.has(p.id)) ||
        (p.visibility === "box_office" && opts.channel === "box_office")),
  );
  const snapshot = await catalogSnapshot(brand.id);
  const catalog = await snapshot.products;
  const label = (c: offering.BundleComponent) => {
    const part = catalog.get(c.productId);
    const variant = part?.variants.find((v) => v.id === c.variantId)?.name;
    return `${c.quantity > 1 ? `${c.quantity} × ` : ""}${part?.name ?? "?"}${variant ? ` (${variant})` : ""}`;
  };
  /** A part of a split: "2 × Day ticket", "T-shirt" (a choice's size is left out: it stands for the choice). */
  const partLabel = (bundle: Product, componentId: string) => {
    const c = bundle.components.find((x) => x.id === componentId)!;
    return label(c.group ? { ...c, variantId: null } : c);
  };
  const ids = visible.map((p) => p.id);
  const [book, draws, taken] = await Promise.all([snapshot.book, snapshot.draws, inventory.taken(ids, at)]);
  const drawsOf = (productId: string, variantId: string | null) =>
    draws.get(inventory.keyOf({ productId, variantId })) ?? [];
  const pools = await inventory.poolStates(
    [...draws.values()].flat().map((d) => d.poolId),
    at,
  );
  const left = (d: inventory.DrawState[]) => inventory.availabilityFor(d, pools);

  const items: OfferItem[] = [];
  for (const p of visible) {
    const notOnSaleReason =
      p.salesStart && at < p.salesStart ? "not_yet" : p.salesEnd && at >= p.salesEnd ? "ended" : null;
    const item: OfferItem = {
      id: p.id,
      kind: p.kind,
      name: p.name,
      description: p.description,
      minPerOrder: p.minPerOrder,
      maxPerOrder: p.maxPerOrder,
      onSale: notOnSaleReason === null,
      notOnSaleReason,
      available: 0,
      variants: [],
      price: null,
      bundle: null,
    };
    if (p.kind === "bundle") {
      const fixed = p.components.filter((c) => !c.optional && !c.group);
      const base = [
        { draws: drawsOf(p.id, null), times: 1 },
        ...fixed.map((c) => ({ draws: drawsOf(c.productId, c.variantId), times: c.quantity })),
      ];
      const groups = [...offering.groupsOf(p)].map(([name, options]) => ({
        name,
        options: options.map((c) => ({
          componentId: c.id,
          label: label(c),
          available: left(
            inventory.mergeDraws([...base, { draws: drawsOf(c.productId, c.variantId), times: c.quantity }]),
          ),
        })),
      }));
      item.available = Math.min(
        left(inventory.mergeDraws(base)),
        ...groups.map((g) => Math.max(0, ...g.options.map((o) => o.available))),
      );
      const selection = {
        optional: [],
        choices: Object.fromEntries(
          groups.map((g) => [g.name, (g.options.find((o) => o.available > 0) ?? g.options[0])!.componentId]),
        ),
      };
      let price: OfferPrice | null = null;
      let saving = 0;
      let standalone = 0;
      let split: NonNullable<OfferItem["bundle"]>["split"] = null;
      try {
        const priced = await priceCart(
          brand,
          event,
          [{ productId: p.id, quantity: 1, selection }],
          null,
          at,
          opts.channel,
          snapshot,
        );
        const line = priced.quote.lines[0]!;
        saving = line.saving;
        standalone = line.subtotal + line.saving;
        split = line.allocationBasis && {
          basis: line.allocationBasis,
          parts: line.allocation.map((a) => ({ label: partLabel(p, a.componentId), amount: a.amount })),
        };
        const status = book.phases.get(p.id)
          ? pricing.phaseStatus(book.phases.get(p.id)!.phases, at, taken[p.id] ?? 0)
          : null;
        price = {
          amount: line.subtotal,
          currency: brand.currency,
          phaseName: status?.name ?? null,
          endsAt: status?.endsAt?.toISOString() ?? null,
          leftAtThisPrice: status?.leftAtThisPrice ?? null,
          nextPrice: status?.nextPrice ?? null,
        };
      } catch {
        item.onSale = false;
        item.notOnSaleReason ??= "ended";
      }
      item.price = price;
      item.bundle = {
        parts: fixed.map((c) => ({
          componentId: c.id,
          name: catalog.get(c.productId)?.name ?? "?",
          variantName: catalog.get(c.productId)?.variants.find((v) => v.id === c.variantId)?.name ?? null,
          quantity: c.quantity,
        })),
        groups,
        optional: p.components.filter((c) => c.optional).map((c) => ({ componentId: c.id, label: label(c) })),
        standaloneTotal: standalone,
        saving,
        split,
      };
    } else {
      const entry = book.phases.get(p.id);
      const status = entry ? pricing.phaseStatus(entry.phases, at, taken[p.id] ?? 0) : null;
      if (!status) {
        item.onSale = false;
        item.notOnSaleReason ??= "ended";
      }
      item.price = status
        ? {
            amount: status.price,
            currency: entry!.currency,
            phaseName: entry!.phases.length > 1 ? status.name : null,
            endsAt: status.endsAt?.toISOString() ?? null,
            leftAtThisPrice: status.leftAtThisPrice,
            nextPrice: status.nextPrice,
          }
        : null;
      if (p.variants.length > 0) {
        item.variants = p.variants.map((v) => ({
          id: v.id,
          name: v.name,
          available: left(drawsOf(p.id, v.id)),
        }));
        item.available = Math.max(0, ...item.variants.map((v) => v.available));
      } else {
        item.available = left(drawsOf(p.id, null));
      }
    }
    items.push(item);
  }
  return items;
}
