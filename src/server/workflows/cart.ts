// A cart, priced and expanded: offering says what each line is (and what a bundle's chosen
// parts are), pricing says what it costs now, inventory says what one unit draws. Used by the
// live quote in the shop and by PlaceOrder, so both see the same numbers.
import { DomainError, invalid } from "@/server/platform/errors";
import * as fulfillment from "@/server/fulfillment";
import * as offering from "@/server/offering";
import * as inventory from "@/server/inventory";
import * as pricing from "@/server/pricing";
import { catalogSnapshot, type CatalogSnapshot } from "./catalog-snapshot";

export type CartLineInput = {
  productId: string;
  variantId?: string | null;
  quantity: number;
  selection?: offering.Selection;
};
type Product = offering.CatalogProduct & { description: string };

export type PricedCart = {
  quote: pricing.CartQuote;
  holdLines: inventory.HoldLineRequest[];
  promo: { code: string; unlocks: string[] } | null;
  lines: {
    productId: string;
    variantId: string | null;
    variantName: string | null;
    kind: offering.ProductKind;
    name: string;
    quantity: number;
    selection: offering.Selection | null;
    components: {
      componentId: string;
      productId: string;
      productName: string;
      variantId: string | null;
      variantName: string | null;
      kind: string;
      quantity: number;
    }[];
  }[];
};

/** The current standalone unit price of a product: its phase now, at its taken count. */
function currentPrice(book: pricing.PriceBook, productId: string, at: Date, taken: number): number | null {
  const entry = book.phases.get(productId);
  return entry ? (pricing.phaseAt(entry.phases, at, taken)?.phase.price ?? null) : null;
}

/** `snapshot`: the catalog the caller already read for this request (saves checking its version again). */
export async function priceCart(
  brand: { id: string; currency: string; bundleSplitBasis: pricing.SplitBasis },
  event: { id: string; products: Product[] },
  raw: CartLineInput[],
  promoCode: string | null,
  at: Date,
  channel: offering.Channel = "shop",
  snapshot?: CatalogSnapshot,
): Promise<PricedCart> {
  snapshot ??= await catalogSnapshot(brand.id);
  const catalog = await snapshot.products;
  const eventProducts = new Map(event.products.map((p) => [p.id, p]));
  const lines = raw.map((l) => ({
    productId: l.productId,
    variantId: l.variantId ?? null,
    quantity: l.quantity,
    selection: l.selection ?? offering.EMPTY_SELECTION,
  }));
  for (const l of lines)
    if (!eventProducts.has(l.productId))
      throw new DomainError("Invalid", "This item is not sold at this event.");

  const promo = promoCode?.trim() ? await pricing.promoForCart(brand.id, promoCode, event.id) : null;
  offering.checkCart(lines, eventProducts, at, {
    channel,
    unlocked: new Set(promo?.promo.unlocksProductIds ?? []),
  });

  // Everything the cart touches: its products, and the parts of its bundles as chosen.
  const chosen = new Map(
    lines.map((l, i) => [
      i,
      eventProducts.get(l.productId)!.kind === "bundle"
        ? offering.chosenComponents(eventProducts.get(l.productId)!, l.selection)
        : [],
    ]),
  );
  const partIds = [...chosen.values()].flat().map((c) => c.productId);
  const ids = [...new Set([...lines.map((l) => l.productId), ...partIds])];
  const book = await snapshot.book;
  // Taken counts only matter to phases that end "after N sold": the rest are not counted (the
  // count sums every hold of a product, so it would cost more with each purchase of a rush).
  const counted = ids.filter((id) => book.phases.get(id)?.phases.some((ph) => ph.endsAfterSold !== null));
  const [draws, taken] = await Promise.all([
    snapshot.draws,
    counted.length ? inventory.taken(counted, at) : ({} as Record<string, number>),
  ]);
  const drawsOf = (productId: string, variantId: string | null) =>
    draws.get(inventory.keyOf({ productId, variantId })) ?? [];

  const quoteLines: pricing.QuoteInputLine[] = lines.map((l, i) => {
    const p = eventProducts.get(l.productId)!;
    const base = {
      lineId: `line-${i}`,
      productId: p.id,
      variantId: l.variantId,
      name: p.name,
      kind: p.kind,
      quantity: l.quantity,
      taxRateBp: p.taxRateBp,
      taken: taken[p.id] ?? 0,
    };
    if (p.kind !== "bundle") {
      const entry = book.phases.get(p.id);
      if (!entry) throw new DomainError("Invalid", `${p.name} has no price yet.`);
      return { ...base, phases: entry.phases };
    }
    const stored = book.bundles.get(p.id) ?? {
      mode: "sum" as const,
      discount: null,
      overrides: new Map<string, number>(),
    };
    const components: pricing.PricedComponent[] = chosen.get(i)!.map((c) => {
      const part = catalog.get(c.productId)!;
      const standalone = currentPrice(book, c.productId, at, taken[c.productId] ?? 0);
      if (standalone === null)
        throw new DomainError("Invalid", `${part.name} in ${p.name} has no price yet.`);
      return {
        componentId: c.id,
        name: part.name,
        quantity: c.quantity,
        standaloneUnitPrice: standalone,
        overrideUnitPrice: stored.overrides.get(c.id) ?? null,
        taxRateBp: part.taxRateBp,
      };
    });
    const phases = book.phases.get(p.id)?.phases ?? [];
    const bundlePricing: pricing.BundlePricing =
      stored.mode === "fixed" ? { mode: "fixed", phases } : { mode: "sum", discount: stored.discount };
    return { ...base, phases, bundle: { pricing: bundlePricing, components } };
  });
  const quote = pricing.quoteCart({
    currency: brand.currency,
    at,
    lines: quoteLines,
    promo: promo ? { promo: promo.promo, usedCount: promo.usedCount } : null,
    splitBasis: brand.bundleSplitBasis,
  });

  const holdLines: inventory.HoldLineRequest[] = lines.map((l, i) => {
    const p = eventProducts.get(l.productId)!;
    const unitDraws =
      p.kind === "bundle"
        ? inventory.mergeDraws([
            { draws: drawsOf(p.id, null), times: 1 },
            ...chosen.get(i)!.map((c) => ({ draws: drawsOf(c.productId, c.variantId), times: c.quantity })),
          ])
        : drawsOf(p.id, l.variantId);
    const contains = chosen
      .get(i)!
      .map((c) => ({ productId: c.productId, variantId: c.variantId, quantity: c.quantity }));
    return {
      productId: p.id,
      variantId: l.variantId,
      productName: p.name + (l.variantId ? ` (${p.variants.find((v) => v.id === l.variantId)?.name})` : ""),
      quantity: l.quantity,
      draws: unitDraws,
      contains,
    };
  });
  return {
    quote,
    holdLines,
    promo: promo ? { code: promo.promo.code, unlocks: promo.promo.unlocksProductIds } : null,
    lines: lines.map((l, i) => {
      const p = eventProducts.get(l.productId)!;
      const components = chosen.get(i)!.map((c) => {
        const part = catalog.get(c.productId)!;
        return {
          componentId: c.id,
          productId: c.productId,
          productName: part.name,
          variantId: c.variantId,
          variantName: part.variants.find((v) => v.id === c.variantId)?.name ?? null,
          kind: part.kind,
          quantity: c.quantity,
        };
      });
      return {
        productId: p.id,
        variantId: l.variantId,
        variantName: p.variants.find((v) => v.id === l.variantId)?.name ?? null,
        kind: p.kind,
        name: p.name,
        quantity: l.quantity,
        selection: p.kind === "bundle" ? l.selection : null,
        components,
      };
    }),
  };
}

/** Per cart line, what its tickets are, in the order fulfillment will issue them (the same plan). */
export function ticketLabels(lines: PricedCart["lines"]): string[][] {
  return lines.map((l, i) =>
    fulfillment
      .planFulfillment([
        {
          lineId: String(i),
          productId: l.productId,
          productName: l.name,
          variantId: l.variantId,
          variantName: l.variantName,
          kind: l.kind,
          quantity: l.quantity,
          total: 0,
          allocation: [],
          components: l.components,
        },
      ])
      .filter((item) => item.kind === "ticket")
      .map((item) => item.label),
  );
}

/** The names the fan gave, one per ticket, split per line; refused at the first missing one. */
export function attendeesByLine(labels: string[][], names: string[]): string[][] {
  const total = labels.reduce((n, l) => n + l.length, 0);
  for (let i = 0; i < total; i++) {
    if (!names[i])
      throw invalid(`Enter the name for ticket ${i + 1} (${labels.flat()[i]})`, {
        field: `buyer.attendees.${i}`,
      });
  }
  let at = 0;
  return labels.map((l) => names.slice(at, (at += l.length)));
}

/**
 * The order's lines from a quote and the cart lines it priced (same order): what checkout
 * records. A quote made before bundle split bases were kept (docs/adr/0020) was split by
 * stand-alone prices.
 */
export function orderLinesOf(quote: pricing.CartQuote, lines: PricedCart["lines"]) {
  return quote.lines.map((q, i) => {
    const line = lines[i]!;
    return {
      productId: q.productId,
      productName: line.name,
      variantId: line.variantId,
      variantName: line.variantName,
      kind: line.kind,
      quantity: q.quantity,
      unitPrice: Math.round(q.subtotal / q.quantity),
      discount: q.discount,
      tax: q.tax,
      total: q.total,
      selection: line.selection,
      allocation: q.allocation,
      allocationBasis: q.allocationBasis ?? (q.allocation.length ? ("standalone" as const) : null),
      components: line.components,
    };
  });
}
