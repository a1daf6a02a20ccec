// Insights' figures are the orders' figures: a seeded event of several hundred orders (tickets,
// weekend packs with a T-shirt size, a promo code, partial and whole refunds) — the read models
// built from the log equal the sums of the order tables to the cent, per product and per bundle
// component, and a rebuild from the log equals the live read models. INSIGHTS_ORDERS orders are
// bought through the whole purchase flow (promo codes, tickets, refunds); INSIGHTS_GENERATED more
// are written straight into the tables and the log from their lines (`generate-orders.ts`) and
// projected once — several hundred orders in seconds, not minutes.
import { randomBytes } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/server/platform/db";
import * as checkout from "@/server/checkout";
import * as fulfillment from "@/server/fulfillment";
import * as pricing from "@/server/pricing";
import { rebuildProjections } from "@/server/eventlog";
import { subscribers } from "@/server/workflows/subscriptions";
import { dispatchUntil } from "@/test/fixtures";
import { placeOrderFlow, refundOrderItems } from "@/test/edge";
import { weekendPackSetup } from "@/test/fixtures";
import { generateOrders } from "@/test/generate-orders";
import * as insights from "./index";

const ORDERS = Number(process.env.INSIGHTS_ORDERS ?? 20);
const GENERATED = Number(process.env.INSIGHTS_GENERATED ?? 300);
const everything = { from: new Date("2000-01-01T00:00:00Z"), to: new Date("2100-01-01T00:00:00Z") };

type Seeded = Awaited<ReturnType<typeof seed>>;
let s: Seeded;

async function seed() {
  const f = await weekendPackSetup({ stock: 400, capacity: 2000 });
  await pricing.createPromo(
    f.actor,
    f.brand.id,
    { code: "FRIENDS", kind: "percent", value: "10", scope: "cart", eventId: f.event.id },
    { productIds: new Set([f.dayId, f.packId, f.shirtId]), eventIds: new Set([f.event.id]) },
  );
  const tag = randomBytes(3).toString("hex");
  const placed: string[] = [];
  // A mix: tickets alone, a pack, a pack and a ticket; every fourth with the code.
  for (let i = 0; i < ORDERS; i += 10) {
    placed.push(
      ...(await Promise.all(
        Array.from({ length: Math.min(10, ORDERS - i) }, async (_, j) => {
          const n = i + j;
          const lines =
            n % 3 === 0
              ? [{ productId: f.dayId, quantity: 1 + (n % 4) }]
              : n % 3 === 1
                ? [f.packWithM]
                : [f.packWithM, { productId: f.dayId, quantity: 1 }];
          const { orderId } = await placeOrderFlow({
            brandSlug: f.brand.slug,
            eventId: f.event.id,
            buyer: {
              name: `Fan ${n}`,
              email: `fan${n}-${tag}@example.com`,
              address: { line1: "Kai 1", postalCode: "20457", city: "Hamburg", country: "Germany" },
            },
            lines,
            promoCode: n % 4 === 0 ? "FRIENDS" : undefined,
          });
          const payment = await db().payment.findFirstOrThrow({ where: { orderId } });
          await checkout.confirmPayment(payment.id, "succeeded", new Date(), {
            kind: "system",
            label: "test",
          });
          return orderId;
        }),
      )),
    );
  }
  // Delivered: no order is still waiting for its tickets (a refund needs them issued).
  const fulfilled = async () =>
    (await db().order.count({ where: { id: { in: placed }, status: { in: ["pending", "paid"] } } })) === 0 &&
    // and insights has counted every paid order (once, in one of 2026-12-01's npm test runs, it had
    // counted 20 of 40 when the seed went on; cause not found — the assertions below still judge)
    (
      await db().$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM insight_order
      WHERE order_id = ANY(${placed}) AND paid_at IS NOT NULL`
    )[0]!.n === placed.length;
  await dispatchUntil(subscribers, fulfilled, 120_000).catch(async (e) => {
    console.log(await db().order.groupBy({ by: ["status"], where: { id: { in: placed } }, _count: true }));
    throw e;
  });
  // Refunds: the T-shirt of every fifth pack order, the whole of every seventh order.
  for (const [n, orderId] of placed.entries()) {
    const items = await fulfillment.itemsForOrder(f.brand.id, orderId);
    const chosen =
      n % 7 === 0 ? items : n % 5 === 1 ? items.filter((i) => i.kind === "shipment").slice(0, 1) : [];
    if (chosen.length === 0) continue;
    await refundOrderItems(
      f.actor,
      f.brand.id,
      orderId,
      { itemIds: chosen.map((i) => i.id) },
      "organizer",
      new Date(),
    );
  }
  const settled = async () => {
    const [done] = await db().$queryRaw<{ behind: boolean }[]>`
      SELECT EXISTS (SELECT 1 FROM event_log e WHERE e.type = 'RefundRequested'
        AND NOT EXISTS (SELECT 1 FROM projection_receipt r
          WHERE r.subscriber = 'projection:insights-sales' AND r.position = e.position)) AS behind`;
    return !done!.behind;
  };
  await dispatchUntil(subscribers, settled, 60_000);
  const generated = await generate(f, placed);
  return { ...f, placed, generated };
}

/**
 * GENERATED paid orders more, one line each, copied from the bought orders' one-unit lines (a day
 * ticket and a pack, each with and without the code's discount) in 1–3 units; then projected.
 */
async function generate(f: Awaited<ReturnType<typeof weekendPackSetup>>, placed: string[]) {
  const bought = await Promise.all(placed.slice(0, 8).map((id) => checkout.orderForBrand(f.brand.id, id)));
  const templates = new Map(
    bought
      .flatMap((o) => o.lines)
      .filter((l) => l.quantity === 1)
      .map(({ lineId: _, ...l }) => [`${l.productId}:${l.discount > 0}`, l] as const),
  );
  expect(templates.size).toBe(4);
  const { orderIds } = await generateOrders({
    brandId: f.brand.id,
    eventId: f.event.id,
    currency: bought[0]!.currency,
    lines: [...templates.values()],
    count: GENERATED,
    subscribers: subscribers.map((x) => x.name),
  });
  const counted = async () =>
    (
      await db().$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM insight_order
      WHERE order_id = ANY(${orderIds}) AND paid_at IS NOT NULL`
    )[0]!.n === orderIds.length;
  // Only insights' sales projection reads them here: the other subscribers need not catch up.
  await dispatchUntil([insights.salesProjection], counted, 120_000);
  return orderIds;
}

/** A generated order line as stored: its bundle's components sit in `selection`. */
type StoredLine = {
  kind: string;
  quantity: number;
  selection: unknown;
  allocation: unknown;
};
const componentsOf = (l: StoredLine) =>
  (
    l.selection as {
      components?: { componentId: string; productId: string; kind: string; quantity: number }[];
    }
  )?.components ?? [];

/** Admission tickets in lines, counted by hand: a ticket is one, a pack its ticket parts. */
const ticketsIn = (lines: StoredLine[]) =>
  lines.reduce((n, l) => {
    if (l.kind === "ticket") return n + l.quantity;
    const parts = componentsOf(l).filter((c) => c.kind === "ticket");
    return n + l.quantity * parts.reduce((a, c) => a + c.quantity, 0);
  }, 0);

/** A product's share of generated pack lines, from the allocation stored with each line. */
const shareIn = (lines: StoredLine[], productId: string) =>
  lines.reduce((n, l) => {
    const parts = new Map(componentsOf(l).map((c) => [c.componentId, c.productId]));
    const allocation = l.allocation as { componentId: string; amount: number }[];
    return (
      n + allocation.filter((a) => parts.get(a.componentId) === productId).reduce((a, x) => a + x.amount, 0)
    );
  }, 0);

beforeAll(async () => {
  s = await seed();
}, 600_000);

const scope = () => ({ brandId: s.brand.id, eventId: s.event.id });

describe("Insights of a seeded event", () => {
  it("counts every order, ticket, euro paid and euro refunded", async () => {
    const orders = await db().order.findMany({
      where: { eventId: s.event.id, paidAt: { not: null } },
      include: { lines: true },
    });
    const refunds = await db().refund.findMany({ where: { brandId: s.brand.id } });
    const [eur] = await insights.headlineFigures(scope(), everything);
    expect(orders.length).toBe(ORDERS + GENERATED);
    expect(eur!.currency).toBe("EUR");
    expect(eur!.orders).toBe(orders.length);
    expect(eur!.gross).toBe(orders.reduce((a, o) => a + o.totalMinor, 0));
    // Bought orders' tickets were issued; generated ones are history, counted from their lines.
    const admissions = await db().fulfillmentItem.count({ where: { eventId: s.event.id, kind: "ticket" } });
    const generatedLines = orders.filter((o) => s.generated.includes(o.id)).flatMap((o) => o.lines);
    expect(eur!.tickets).toBe(admissions + ticketsIn(generatedLines));
    expect(eur!.refunds).toBe(refunds.reduce((a, r) => a + r.amountMinor, 0));
    expect(eur!.refunds).toBeGreaterThan(0);
    expect(eur!.net).toBe(eur!.gross - eur!.refunds);
  });

  it("splits revenue and refunds per product, to the cent", async () => {
    const lines = await db().orderLine.findMany({
      where: { order: { eventId: s.event.id, paidAt: { not: null } } },
    });
    const refundedItems = await db().fulfillmentItem.findMany({
      where: { eventId: s.event.id, status: "refunded" },
    });
    const { products } = await insights.revenueByProduct(scope(), everything);
    for (const productId of [s.dayId, s.packId]) {
      const row = products.filter((p) => p.productId === productId);
      const sold = lines.filter((l) => l.productId === productId);
      expect(
        row.reduce((a, p) => a + p.gross, 0),
        productId,
      ).toBe(sold.reduce((a, l) => a + l.totalMinor, 0));
      expect(row.reduce((a, p) => a + p.units, 0)).toBe(sold.reduce((a, l) => a + l.quantity, 0));
      const lineIds = new Set(sold.map((l) => l.id));
      expect(
        row.reduce((a, p) => a + p.refunds, 0),
        `${productId} refunds`,
      ).toBe(refundedItems.filter((i) => lineIds.has(i.orderLineId)).reduce((a, i) => a + i.amountMinor, 0));
    }
  });

  it("splits the packs' revenue into their tickets and T-shirts, adding up to the packs' revenue", async () => {
    const packLines = await db().orderLine.findMany({
      where: { productId: s.packId, order: { eventId: s.event.id, paidAt: { not: null } } },
    });
    const packItems = await db().fulfillmentItem.findMany({
      where: { orderLineId: { in: packLines.map((l) => l.id) } },
    });
    const generatedPacks = packLines.filter((l) => s.generated.includes(l.orderId));
    expect(generatedPacks.length).toBeGreaterThan(0);
    const { components } = await insights.revenueByProduct(scope(), everything);
    const ofPack = components.filter((c) => c.bundleId === s.packId);
    expect(ofPack.reduce((a, c) => a + c.revenue, 0)).toBe(packLines.reduce((a, l) => a + l.totalMinor, 0));
    for (const productId of [s.dayId, s.shirtId]) {
      const share = ofPack.filter((c) => c.productId === productId).reduce((a, c) => a + c.revenue, 0);
      // Bought packs' shares as their items carry them; generated ones' as their lines were split.
      expect(share, productId).toBe(
        packItems.filter((i) => i.productId === productId).reduce((a, i) => a + i.amountMinor, 0) +
          shareIn(generatedPacks, productId),
      );
    }
    expect(ofPack.find((c) => c.productId === s.shirtId)?.productName).toBe("T-shirt");
  });

  it("counts the promo code's orders and what it took off", async () => {
    const used = await db().order.findMany({
      where: { eventId: s.event.id, promoCode: "FRIENDS", paidAt: { not: null } },
    });
    const promos = await insights.promoCodeUse(scope(), everything);
    expect(promos).toEqual([
      {
        currency: "EUR",
        code: "FRIENDS",
        orders: used.length,
        discount: used.reduce((a, o) => a + o.discountMinor, 0),
      },
    ]);
    expect(used.length).toBe(ORDERS / 4);
  });

  it("a rebuild from the log gives the same read models", async () => {
    const tables = [
      "insight_sales",
      "insight_product_sales",
      "insight_component_revenue",
      "insight_promo_use",
    ];
    const dump = async () =>
      Promise.all(
        tables.map((t) =>
          db().$queryRawUnsafe<unknown[]>(
            `SELECT to_jsonb(x) - 'brand_id' AS row FROM ${t} x WHERE brand_id = $1 ORDER BY 1`,
            s.brand.id,
          ),
        ),
      );
    const live = await dump();
    expect(live[0]!.length).toBeGreaterThan(0);
    await rebuildProjections([insights.salesProjection]);
    expect(await dump()).toEqual(live);
    // Live, the orders were counted as they came (batches of a few events); the replay counts the
    // log 1,000 events at a time, in log order, an order's events often in one batch.
  }, 180_000);
});
