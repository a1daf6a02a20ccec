// What the Studio's Insights page reads: headline figures against the previous period, sales
// over time in the organizer's time zone, revenue by product with bundles split into their
// components, promo code use and the door night — each per currency, never summed across them.
import { changeBp, previousPeriod, type Period } from "./model/buckets";
import {
  checkInArrivals,
  componentTotals,
  productTotals,
  promoTotals,
  salesSeries,
  salesTotals,
  type Grain,
} from "./infrastructure/read-repo";

export type InsightsScope = { brandId: string; eventId: string | null };

export type Headline = {
  currency: string;
  orders: number;
  tickets: number;
  gross: number;
  refunds: number;
  net: number;
  /** Gross per order, rounded to the nearest minor unit; 0 without orders. */
  averageOrder: number;
  /** Against the previous period of the same length, in basis points; null where it had none. */
  change: { orders: number | null; gross: number | null; net: number | null; tickets: number | null };
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
      net,
      averageOrder: averageOf(c.gross, c.orders),
      change: {
        orders: changeBp(c.orders, p?.orders ?? 0),
        gross: changeBp(c.gross, p?.gross ?? 0),
        net: changeBp(net, prevNet),
        tickets: changeBp(c.tickets, p?.tickets ?? 0),
      },
    };
  });
}

export const salesOverTime = (scope: InsightsScope, period: Period, grain: Grain, timeZone: string) =>
  salesSeries({ ...scope, ...period }, grain, timeZone);

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
