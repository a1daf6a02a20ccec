// Pool fill over time is the pools' own count: after real purchases (day tickets, weekend packs
// whose two day tickets take 2 units of the day pool each, T-shirts, a payment that came after its
// hold expired and reclaimed the units) and refunds giving units back,
// each pool's last level on the chart equals its `sold` counter; a rebuild from the log, and a
// second delivery of every event, leave the read model as it was.
import { randomBytes } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/server/platform/db";
import * as checkout from "@/server/checkout";
import * as fulfillment from "@/server/fulfillment";
import * as inventory from "@/server/inventory";
import { rebuildProjections, readStream, type RecordedEvent } from "@/server/eventlog";
import { subscribers } from "@/server/workflows/subscriptions";
import { dispatchUntil, weekendPackSetup } from "@/test/fixtures";
import { placeOrderFlow, refundOrderItems } from "@/test/edge";
import * as insights from "./index";

type Setup = Awaited<ReturnType<typeof weekendPackSetup>>;
type Item = Awaited<ReturnType<typeof fulfillment.itemsForOrder>>[number];
let f: Setup;
let orders: string[];

/**
 * Orders bought and paid through the purchase flow, fulfilled (their tickets issued). A `late`
 * order's hold expires before its payment comes: the units are sold by a reclaim of that hold.
 */
async function buy(lines: unknown[][], late: number[] = []) {
  const tag = randomBytes(3).toString("hex");
  const placed = await Promise.all(
    lines.map(async (l, n) => {
      const { orderId } = await placeOrderFlow({
        brandSlug: f.brand.slug,
        eventId: f.event.id,
        buyer: {
          name: `Fan ${n}`,
          email: `fan${n}-${tag}@example.com`,
          address: { line1: "Kai 1", postalCode: "20457", city: "Hamburg", country: "Germany" },
        },
        lines: l,
      });
      if (late.includes(n)) {
        const { holdId } = await db().order.findUniqueOrThrow({ where: { id: orderId } });
        await db().hold.update({ where: { id: holdId! }, data: { expiresAt: new Date(Date.now() - 1000) } });
        await inventory.expireHold(holdId!, new Date());
      }
      const payment = await db().payment.findFirstOrThrow({ where: { orderId } });
      await checkout.confirmPayment(payment.id, "succeeded", new Date(), { kind: "system", label: "test" });
      return orderId;
    }),
  );
  await dispatchUntil(
    subscribers,
    async () =>
      (await db().order.count({ where: { id: { in: placed }, status: { in: ["pending", "paid"] } } })) === 0,
    60_000,
  );
  return placed;
}

/** Every event the pool-fill projector has not receipted yet is counted. */
const projected = async () => {
  const [r] = await db().$queryRaw<{ behind: boolean }[]>`
    SELECT EXISTS (SELECT 1 FROM event_log e
      WHERE e.type IN ('PoolCreated', 'HoldPlaced', 'HoldConfirmed', 'HoldReleased', 'HoldExpired', 'UnitsReturned')
        AND NOT EXISTS (SELECT 1 FROM projection_receipt r
          WHERE r.subscriber = ${insights.poolFillProjection.name} AND r.position = e.position)) AS behind`;
  return !r!.behind;
};

const today = () =>
  insights.choosePeriod(insights.insightsSearch.parse({ period: "today" }), "Europe/Berlin", new Date());

const productIds = () => [f.dayId, f.shirtId, f.packId];

/** The read model's rows of this brand, in a stable order. */
const dump = async () =>
  Promise.all(
    ["insight_pool_fill", "insight_hold", "insight_pool"].map((t) =>
      db().$queryRawUnsafe<unknown[]>(
        `SELECT to_jsonb(x) AS row FROM ${t} x WHERE brand_id = $1 ORDER BY 1`,
        f.brand.id,
      ),
    ),
  );

beforeAll(async () => {
  f = await weekendPackSetup({ capacity: 100, stock: 10 });
  orders = await buy(
    [
      [{ productId: f.dayId, quantity: 3 }],
      [f.packWithM],
      [f.packWithM, { productId: f.dayId, quantity: 1 }],
      [{ ...f.packWithM, quantity: 2 }],
      [{ productId: f.dayId, quantity: 1 }],
      [{ productId: f.dayId, quantity: 2 }],
    ],
    [5],
  );
  const reclaims = await db().$queryRaw<{ n: number }[]>`
    SELECT count(*)::int AS n FROM event_log WHERE type = 'HoldConfirmed' AND payload ? 'reclaimedFrom'`;
  expect(reclaims[0]!.n).toBe(1);
  // Refunds: the whole first order (3 day tickets back), the T-shirt and one ticket of the second.
  const refund = async (orderId: string, pick: (items: Item[]) => string[]) => {
    const items = await fulfillment.itemsForOrder(f.brand.id, orderId);
    await refundOrderItems(f.actor, f.brand.id, orderId, { itemIds: pick(items) }, "organizer", new Date());
  };
  await refund(orders[0]!, (items) => items.map((i) => i.id));
  await refund(orders[1]!, (items) => [
    items.find((i) => i.kind === "shipment")!.id,
    items.find((i) => i.kind === "ticket")!.id,
  ]);
  await dispatchUntil(subscribers, projected, 60_000);
}, 300_000);

describe("Pool fill over time", () => {
  it("ends each pool's line at its sold counter, against its capacity", async () => {
    const pools = await inventory.poolsOverview(f.brand.id, new Date());
    const fill = await insights.poolFillOverTime(f.brand.id, productIds(), today(), new Date());
    expect(fill.pools.map((p) => p.id).sort()).toEqual(pools.map((p) => p.id).sort());
    const day = pools.find((p) => p.draws.some((d) => d.productId === f.dayId && d.variantId === null))!;
    // 3 + 2 + (2 + 1) + 4 + 1 + 2 (reclaimed) day tickets sold, 3 + 1 given back.
    expect(day.sold).toBe(15 - 4);
    for (const pool of pools) {
      const line = fill.pools.find((p) => p.id === pool.id)!;
      expect(line.levels.at(-1), pool.name).toBe(pool.sold);
      expect(line.capacity).toBe(pool.capacity);
      expect(line.name).toBe(pool.name);
    }
    expect(fill.slots.length).toBe(fill.pools[0]!.levels.length);
    expect(fill.slots.length).toBeGreaterThan(0);
  });

  it("starts a later period's line at what was sold before it", async () => {
    const now = new Date();
    const tomorrow = insights.choosePeriod(
      insights.insightsSearch.parse({ period: "today" }),
      "Europe/Berlin",
      new Date(now.getTime() + 86_400_000),
    );
    const later = new Date(now.getTime() + 2 * 86_400_000);
    const fill = await insights.poolFillOverTime(f.brand.id, productIds(), tomorrow, later);
    const pools = await inventory.poolsOverview(f.brand.id, now);
    for (const line of fill.pools) {
      const sold = pools.find((p) => p.id === line.id)!.sold;
      expect(line.soldBefore).toBe(sold);
      expect(new Set(line.levels)).toEqual(new Set([sold]));
    }
  });

  it("keeps units put in holds, sold, returned and expired per quarter hour, brand by brand", async () => {
    const [rows] = await db().$queryRaw<{ held: number; sold: number; returned: number; expired: number }[]>`
      SELECT sum(held)::int AS held, sum(sold)::int AS sold, sum(returned)::int AS returned,
        sum(expired)::int AS expired
      FROM insight_pool_fill WHERE brand_id = ${f.brand.id}`;
    // Day pool: 15 held and sold (2 of them reclaimed after their hold expired), 4 returned;
    // T-shirt M: 4 held and sold, 1 returned.
    expect(rows).toEqual({ held: 19, sold: 19, returned: 5, expired: 2 });
    const other = await insights.poolFillOverTime("brand-of-someone-else", productIds(), today(), new Date());
    expect(other.pools).toEqual([]);
  });

  it("a second delivery of every event changes nothing, and a rebuild from the log gives the same rows", async () => {
    const live = await dump();
    expect(live[0]!.length).toBeGreaterThan(0);
    const streams = await db().$queryRaw<{ stream_id: string }[]>`
      SELECT DISTINCT stream_id FROM event_log WHERE stream_id LIKE 'hold-%' OR stream_id LIKE 'pool-%'`;
    const events = (await Promise.all(streams.map((s) => readStream(s.stream_id))))
      .flat()
      .filter((e) => insights.poolFillProjection.handles.includes(e.type as never))
      .sort((a, b) => (a.position < b.position ? -1 : 1));
    await insights.poolFillProjection.handleBatch(events as RecordedEvent<never>[]);
    expect(await dump()).toEqual(live);
    await rebuildProjections([insights.poolFillProjection]);
    expect(await dump()).toEqual(live);
  }, 120_000);
});
