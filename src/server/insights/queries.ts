// What the Studio's Insights page reads: headline figures against the previous period, sales
// over time in the organizer's time zone, revenue by product with bundles split into their
// components, promo code use and the door night — each per currency, never summed across them.
// Phase progress and pool fill are now, not history: read through pricing's and inventory's doors;
// pool fill over time is history, from the pool-fill read model.
import * as inventory from "@/server/inventory";
import * as pricing from "@/server/pricing";
import { changeBp, previousPeriod, type Period } from "./model/buckets";
import { slotsOf, type ChosenPeriod } from "./model/period-choice";
import { fillLevels, slotsSoFar } from "./model/pool-levels";
import {
  checkInArrivals,
  componentTotals,
  productSeries,
  productTotals,
  promoTotals,
  salesSeries,
  salesTotals,
  poolsAsCreated,
  poolSoldBefore,
  poolSoldSeries,
  type Grain,
} from "./infrastructure/read-repo";

export type InsightsScope = { brandId: string; eventId: string | null };

export type Headline = {
  currency: string;
  orders: number;
  tickets: number;
  gross: number;
  refunds: number;
  /** How many refunds were made (a partial refund counts once). */
  refundCount: number;
  net: number;
  /** Gross per order, rounded to the nearest minor unit; 0 without orders. */
  averageOrder: number;
  /** Against the previous period of the same length, in basis points; null where it had none. */
  change: {
    orders: number | null;
    gross: number | null;
    net: number | null;
    tickets: number | null;
    refunds: number | null;
    averageOrder: number | null;
  };
};

const averageOf = (gross: number, orders: number) => (orders === 0 ? 0 : Math.round(gross / orders));

export async function headlineFigures(scope: InsightsScope, period: Period): Promise<Headline[]> {
  const before = previousPeriod(period);
  const [now, then] = await Promise.all([
    salesTotals({ ...scope, ...period }),
    salesTotals({ ...scope, ...before }),
  ]);
  return now.map((c) => {
    const p = then.find((t) => t.currency === c.currency);
    const net = c.gross - c.refunds;
    const prevNet = p ? p.gross - p.refunds : 0;
    return {
      currency: c.currency,
      orders: c.orders,
      tickets: c.tickets,
      gross: c.gross,
      refunds: c.refunds,
      refundCount: c.refundCount,
      net,
      averageOrder: averageOf(c.gross, c.orders),
      change: {
        orders: changeBp(c.orders, p?.orders ?? 0),
        gross: changeBp(c.gross, p?.gross ?? 0),
        net: changeBp(net, prevNet),
        tickets: changeBp(c.tickets, p?.tickets ?? 0),
        refunds: changeBp(c.refunds, p?.refunds ?? 0),
        averageOrder: changeBp(averageOf(c.gross, c.orders), averageOf(p?.gross ?? 0, p?.orders ?? 0)),
      },
    };
  });
}

export const salesOverTime = (scope: InsightsScope, period: Period, grain: Grain, timeZone: string) =>
  salesSeries({ ...scope, ...period }, grain, timeZone);

/** Gross per hour or day of `timeZone`, per currency and product (bundles as themselves). */
export const salesOverTimeByProduct = (
  scope: InsightsScope,
  period: Period,
  grain: Grain,
  timeZone: string,
) => productSeries({ ...scope, ...period }, grain, timeZone);

/** Revenue per product; a bundle's revenue is also given split into its components. */
export async function revenueByProduct(scope: InsightsScope, period: Period) {
  const [products, components] = await Promise.all([
    productTotals({ ...scope, ...period }),
    componentTotals({ ...scope, ...period }),
  ]);
  return { products, components };
}

export const promoCodeUse = (scope: InsightsScope, period: Period) => promoTotals({ ...scope, ...period });

export const doorArrivals = (brandId: string, eventId: string) => checkInArrivals(brandId, eventId);

export type PhaseState = "ended" | "current" | "upcoming";
export type PhaseProgress = {
  productId: string;
  productName: string;
  /** Units taken now (sold, and held in carts): what phases ending "after N sold" count. */
  taken: number;
  phases: (pricing.PricePhase & { state: PhaseState })[];
};

/**
 * Where each product stands in its price phases ("Early bird: 80 of 100"), for the products that
 * have phases to move through: more than one, or one that ends. Products are the caller's (its
 * event's or brand's), named as the catalog names them now.
 */
export async function phaseProgress(
  brandId: string,
  products: readonly { id: string; name: string }[],
  at: Date,
): Promise<PhaseProgress[]> {
  const ids = products.map((p) => p.id);
  if (ids.length === 0) return [];
  const [book, taken] = await Promise.all([pricing.priceBook(brandId, ids, []), inventory.taken(ids, at)]);
  return products.flatMap((p) => {
    const phases = book.phases.get(p.id)?.phases ?? [];
    const moving = phases.length > 1 || phases.some((ph) => ph.endsAt !== null || ph.endsAfterSold !== null);
    if (!moving) return [];
    const count = taken[p.id] ?? 0;
    const current = pricing.phaseAt(phases, at, count)?.index ?? phases.length;
    const stateOf = (i: number): PhaseState =>
      i < current ? "ended" : i === current ? "current" : "upcoming";
    return [
      {
        productId: p.id,
        productName: p.name,
        taken: count,
        phases: phases.map((ph, i) => ({ ...ph, state: stateOf(i) })),
      },
    ];
  });
}

export type PoolFill = {
  id: string;
  name: string;
  capacity: number;
  sold: number;
  held: number;
  free: number;
};

/** How full the brand's pools are now; with `productIds`, only the pools those products draw from. */
export async function poolFill(
  brandId: string,
  productIds: readonly string[] | null,
  at: Date,
): Promise<PoolFill[]> {
  return (await poolsDrawnBy(brandId, productIds, at)).map((p) => ({
    id: p.id,
    name: p.name,
    capacity: p.capacity,
    sold: p.sold,
    held: p.held,
    free: Math.max(0, p.capacity - p.sold - p.held),
  }));
}

/** The brand's pools now; with `productIds`, only those these products draw from. */
async function poolsDrawnBy(brandId: string, productIds: readonly string[] | null, at: Date) {
  const wanted = productIds ? new Set(productIds) : null;
  return (await inventory.poolsOverview(brandId, at)).filter(
    (p) => !wanted || p.draws.some((d) => wanted.has(d.productId)),
  );
}

export type PoolFillOverTime = {
  /** The start of each hour or day shown, up to now. */
  slots: Date[];
  pools: {
    id: string;
    name: string;
    capacity: number;
    /** Units sold (less returned) before the period: where its line starts. */
    soldBefore: number;
    /** Units sold (less returned) by the end of each slot. */
    levels: number[];
  }[];
};

/**
 * How the pools that `productIds` draw from filled up over the period, per hour or day of its
 * zone: units sold by the end of each, against capacity. Which pools an event's are is now
 * (inventory's draws); what they sold when is the pool-fill read model's.
 */
export async function poolFillOverTime(
  brandId: string,
  productIds: readonly string[],
  period: ChosenPeriod,
  now: Date,
): Promise<PoolFillOverTime> {
  const pools = await poolsDrawnBy(brandId, productIds, now);
  const ids = pools.map((p) => p.id);
  const [created, before, steps] = await Promise.all([
    poolsAsCreated(brandId, ids),
    poolSoldBefore(brandId, ids, period.from),
    poolSoldSeries(brandId, ids, period, period.grain, period.timeZone),
  ]);
  const slots = slotsSoFar(slotsOf(period), now);
  const lines = pools.map((p) => {
    const asCreated = created.find((c) => c.poolId === p.id);
    const soldBefore = before.find((b) => b.poolId === p.id)?.units ?? 0;
    return {
      id: p.id,
      name: asCreated?.name ?? p.name,
      capacity: asCreated?.capacity ?? p.capacity,
      soldBefore,
      levels: fillLevels(
        slots,
        soldBefore,
        steps.filter((s) => s.poolId === p.id),
      ),
    };
  });
  return { slots, pools: lines.sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id)) };
}
