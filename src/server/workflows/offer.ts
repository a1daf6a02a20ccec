// What the fan sees of an event now: each visible product with its current price and phase,
// how many are left (per variant, per bundle option), and for bundles their contents and the
// saving against buying the parts alone. The same numbers the cart and the checkout use.
import type { Locale } from "@/server/platform/i18n";
import * as distribution from "@/server/distribution";
import * as offering from "@/server/offering";
import * as inventory from "@/server/inventory";
import * as pricing from "@/server/pricing";
import { Lru, SingleFlight } from "@/server/platform/fresh";
import { priceCart } from "./cart";
import { catalogSnapshot, sharedCatalogSnapshot, type CatalogSnapshot } from "./catalog-snapshot";

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
    /**
     * `name` is the group's key in a selection (`choices`), in the default language; `label` is
     * what the fan reads (its translation).
     */
    groups: {
      name: string;
      label: string;
      options: { componentId: string; label: string; available: number }[];
    }[];
    optional: { componentId: string; label: string }[];
    standaloneTotal: number;
    saving: number;
    /**
     * How one unit's price splits across its parts (the first available choice of each group), and by what.
     */
    split: { basis: pricing.SplitBasis; parts: { label: string; amount: number }[] } | null;
  } | null;
};

type Product = offering.CatalogProduct & { description: string };
type Brand = { id: string; currency: string; bundleSplitBasis: pricing.SplitBasis };
type OfferOptions = { channel: offering.Channel; unlocked?: ReadonlySet<string> };

/** The products a fan in this channel, with these products unlocked by a code, is shown. */
function visibleProducts(products: Product[], opts: OfferOptions): Product[] {
  const unlocked = opts.unlocked ?? new Set<string>();
  return products.filter(
    (p) =>
      offering.soldIn(p, opts.channel) &&
      (p.visibility === "public" ||
        (p.visibility === "hidden" && unlocked.has(p.id)) ||
        (p.visibility === "box_office" && opts.channel === "box_office")),
  );
}

/**
 * What the fan sees of an event now. `snapshot` and `counters`: the catalog and the event's pool
 * counters the caller already holds (sharedOffer); without them, both are read now.
 */
export async function eventOffer(
  brand: Brand,
  event: { id: string; products: Product[] },
  at: Date,
  opts: OfferOptions & { snapshot?: CatalogSnapshot; counters?: inventory.PoolSnapshot } = {
    channel: "shop",
  },
): Promise<OfferItem[]> {
  const visible = visibleProducts(event.products, opts);
  const snapshot = opts.snapshot ?? (await catalogSnapshot(brand.id));
  const catalog = await snapshot.products;
  const label = (c: offering.BundleComponent) => {
    const part = catalog.get(c.productId);
    const variant = part?.variants.find((v) => v.id === c.variantId)?.name;
    return `${c.quantity > 1 ? `${c.quantity} × ` : ""}${part?.name ?? "?"}${variant ? ` (${variant})` : ""}`;
  };
  /**
   * A part of a split: "2 × Day ticket", "T-shirt" (a choice's size is left out: it stands for the choice).
   */
  const partLabel = (bundle: Product, componentId: string) => {
    const c = bundle.components.find((x) => x.id === componentId)!;
    return label(c.group ? { ...c, variantId: null } : c);
  };
  const ids = visible.map((p) => p.id);
  const counters = opts.counters;
  const [book, draws, taken] = await Promise.all([
    snapshot.book,
    snapshot.draws,
    counters ? Object.fromEntries(counters.taken) : inventory.taken(ids, at),
  ]);
  const drawsOf = (productId: string, variantId: string | null) =>
    draws.get(inventory.keyOf({ productId, variantId })) ?? [];
  const pools =
    counters?.pools ??
    (await inventory.poolStates(
      [...draws.values()].flat().map((d) => d.poolId),
      at,
    ));
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
        label: name,
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

/** What one (event, channel, unlocked set) offer reads, worked out once per catalog snapshot. */
type OfferPlan = {
  catalog: CatalogSnapshot;
  scope: inventory.SnapshotScope;
  /** Instants (ms, ascending) at which the offer changes by time alone: sales start or end, a phase ends. */
  turns: number[];
};

/** Every draw key of a product: without a variant, and each variant. */
const keysOf = (p: offering.CatalogProduct) => [
  { productId: p.id, variantId: null },
  ...p.variants.map((v) => ({ productId: p.id, variantId: v.id })),
];

async function planOffer(
  brand: Brand,
  catalog: CatalogSnapshot,
  event: { id: string; products: Product[] },
  opts: OfferOptions,
): Promise<OfferPlan> {
  const [products, book, draws] = await Promise.all([catalog.products, catalog.book, catalog.draws]);
  const drawsOf = (k: inventory.DrawKey) => draws.get(inventory.keyOf(k)) ?? [];
  const visible = visibleProducts(event.products, opts);
  // The parts of the bundles shown: their stock and their prices shape the bundles' offer.
  const parts = visible.flatMap((p) =>
    p.components.map((c) => products.get(c.productId)).filter((x) => x !== undefined),
  );
  const shaping = [...new Map([...visible, ...parts].map((p) => [p.id, p])).values()];
  const poolIds = new Set(shaping.flatMap((p) => keysOf(p).flatMap((k) => drawsOf(k).map((d) => d.poolId))));
  const limited = (id: string) => book.phases.get(id)?.phases.some((ph) => ph.endsAfterSold !== null);
  const takenOf = visible.filter((p) => limited(p.id)).map((p) => p.id);
  /** Whether every hold of the product moves a pool (and so the pools' version). */
  const alwaysDraws = (p: offering.CatalogProduct): boolean =>
    p.kind === "bundle"
      ? drawsOf({ productId: p.id, variantId: null }).length > 0 ||
        p.components.some(
          (c) =>
            !c.optional &&
            !c.group &&
            (c.variantId
              ? drawsOf({ productId: c.productId, variantId: c.variantId }).length > 0
              : !!products.get(c.productId) && alwaysDraws(products.get(c.productId)!)),
        )
      : p.variants.length > 0
        ? p.variants.every((v) => drawsOf({ productId: p.id, variantId: v.id }).length > 0)
        : drawsOf({ productId: p.id, variantId: null }).length > 0;
  const turns = shaping
    .flatMap((p) => [
      p.salesStart?.getTime(),
      p.salesEnd?.getTime(),
      ...(book.phases.get(p.id)?.phases.map((ph) => ph.endsAt?.getTime()) ?? []),
    ])
    .filter((t): t is number => t !== undefined);
  const sorted = (xs: Iterable<string>) => [...new Set(xs)].sort();
  return {
    catalog,
    scope: {
      brandId: brand.id,
      eventId: event.id,
      poolIds: sorted(poolIds),
      takenOf: sorted(takenOf),
      unpooled: sorted(visible.filter((p) => takenOf.includes(p.id) && !alwaysDraws(p)).map((p) => p.id)),
    },
    turns: [...new Set(turns)].sort((a, b) => a - b),
  };
}

type Memo = {
  plan: OfferPlan;
  brand: Brand;
  counters: object;
  from: number;
  until: number;
  items: Promise<OfferItem[]>;
};
const MAX_OFFERS = 1000;
const plans = new Lru<string, Promise<OfferPlan>>(MAX_OFFERS);
const memos = new Lru<string, Memo>(MAX_OFFERS);
const computing = new SingleFlight<string, Memo>();

/**
 * The offer for the shop's live endpoint (docs/adr/0024): the whole answer per (event, channel,
 * unlocked set), kept per process while the brand, the catalog snapshot and the event's pool
 * counters are the same objects and no sales window or price phase has turned since. Those three
 * are each trusted for FRESH_MS without a query and then behind one version query, so an
 * unchanged event costs no query at all in its fresh window, and any change shows within it.
 */
export async function sharedOffer(
  brand: Brand,
  catalog: CatalogSnapshot,
  event: { id: string; products: Product[] },
  at: Date,
  opts: OfferOptions,
): Promise<OfferItem[]> {
  const key = `${brand.id}|${event.id}|${opts.channel}|${[...(opts.unlocked ?? [])].sort().join(",")}`;
  let plan = await plans.get(key);
  if (plan?.catalog !== catalog) {
    const planned = planOffer(brand, catalog, event, opts);
    plans.set(key, planned);
    planned.catch(() => plans.delete(key));
    plan = await planned;
  }
  const counters = await inventory.eventCounters(plan.scope, at);
  const t = at.getTime();
  const fits = (m: Memo | undefined): m is Memo =>
    !!m && m.plan === plan && m.brand === brand && m.counters === counters && t >= m.from && t < m.until;
  const held = memos.get(key);
  if (fits(held)) return held.items;
  const memo = await computing.run(key, async () => {
    const next = plan.turns.find((x) => x > t) ?? Infinity;
    const m: Memo = {
      plan,
      brand,
      counters,
      from: t,
      until: Math.min(next, counters.until ?? Infinity),
      items: eventOffer(brand, event, at, { ...opts, snapshot: catalog, counters: counters.value }),
    };
    await m.items;
    memos.set(key, m);
    return m;
  });
  // A computation shared with a caller a moment earlier may not fit this caller's instant.
  return fits(memo)
    ? memo.items
    : eventOffer(brand, event, at, { ...opts, snapshot: catalog, counters: counters.value });
}

/**
 * The brand, its catalog and the event, as the live offer reads them: shared, no query in the fresh window.
 */
export async function offerScope(brandSlug: string, eventId: string) {
  const brand = await distribution.sharedShopBrand(brandSlug);
  const catalog = await sharedCatalogSnapshot(brand.id);
  return { brand, catalog, event: await catalog.saleEvent(eventId) };
}

/** A product's words in a language: its translation where the organizer gave one, else its own. */
const productWords = (products: ReadonlyMap<string, offering.ProductRecord>, locale: Locale) =>
  offering.productWords((id) => products.get(id)?.translations?.[locale]);

/**
 * The offer in the fan's language (docs/adr/0033): products', variants', bundle parts', choice
 * groups' and price phases' names and descriptions as the organizer translated them, the default
 * language's text elsewhere.
 */
export function offerInLanguage(
  items: OfferItem[],
  products: ReadonlyMap<string, offering.ProductRecord>,
  locale: Locale,
): OfferItem[] {
  const w = productWords(products, locale);
  return items.map((item) => {
    const components = products.get(item.id)?.components ?? [];
    const component = (componentId: string) => components.find((c) => c.id === componentId);
    /** "2 × T-shirt (M)", as the offer labels a bundle's option, in the language. */
    const optionLabel = (componentId: string, own: string) => {
      const c = component(componentId);
      const part = c && products.get(c.productId);
      if (!c || !part) return own;
      const variant = w.variant(
        part.id,
        c.variantId,
        part.variants.find((v) => v.id === c.variantId)?.name ?? null,
      );
      const times = c.quantity > 1 ? `${c.quantity} × ` : "";
      return `${times}${w.name(part.id, part.name)}${variant ? ` (${variant})` : ""}`;
    };
    return {
      ...item,
      name: w.name(item.id, item.name),
      description: w.description(item.id, item.description),
      price: item.price && {
        ...item.price,
        phaseName: item.price.phaseName && w.phase(item.id, item.price.phaseName),
      },
      variants: item.variants.map((v) => ({ ...v, name: w.variant(item.id, v.id, v.name)! })),
      bundle: item.bundle && {
        ...item.bundle,
        parts: item.bundle.parts.map((p) => {
          const c = component(p.componentId);
          return c
            ? {
                ...p,
                name: w.name(c.productId, p.name),
                variantName: w.variant(c.productId, c.variantId, p.variantName),
              }
            : p;
        }),
        groups: item.bundle.groups.map((g) => ({
          ...g,
          label: w.group(item.id, g.name),
          options: g.options.map((o) => ({ ...o, label: optionLabel(o.componentId, o.label) })),
        })),
        optional: item.bundle.optional.map((o) => ({ ...o, label: optionLabel(o.componentId, o.label) })),
      },
    };
  });
}

/**
 * A quote in the fan's language: each line's product name replaced by its translation, and its
 * price phases' names (by the name they have in the default language).
 */
export function quoteInLanguage<
  Q extends { lines: { productId: string; name: string; parts: { phaseName: string }[] }[] },
>(quote: Q, products: ReadonlyMap<string, offering.ProductRecord>, locale: Locale): Q {
  const w = productWords(products, locale);
  return {
    ...quote,
    lines: quote.lines.map((l) => {
      const own = products.get(l.productId)?.name;
      const translated = products.get(l.productId)?.translations?.[locale]?.name;
      return {
        ...l,
        name: own && translated ? l.name.replace(own, translated) : l.name,
        parts: l.parts.map((p) => ({ ...p, phaseName: w.phase(l.productId, p.phaseName) })),
      };
    }),
  };
}

/** The brand's catalog as the shop holds it (shared per process), for naming things in a language. */
export async function shopCatalogOf(brandSlug: string): Promise<Map<string, offering.ProductRecord>> {
  const brand = await distribution.sharedShopBrand(brandSlug);
  return (await sharedCatalogSnapshot(brand.id)).products;
}
