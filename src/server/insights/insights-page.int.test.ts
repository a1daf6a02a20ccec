// What the Studio's Insights page reads beyond the sums: sales over time per product, in the
// organizer's days; where each product stands in its price phases; how full its pools are — for
// one brand only.
import { randomBytes } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/server/platform/db";
import * as checkout from "@/server/checkout";
import { createProduct, placeOrderFlow } from "@/test/edge";
import { subscribers } from "@/server/workflows/subscriptions";
import { dispatchUntil, weekendPackSetup } from "@/test/fixtures";

import * as insights from "./index";

type Seeded = Awaited<ReturnType<typeof seed>>;
let s: Seeded;
let other: Awaited<ReturnType<typeof weekendPackSetup>>;

async function buy(f: Awaited<ReturnType<typeof weekendPackSetup>>, lines: unknown[]) {
  const tag = randomBytes(3).toString("hex");
  const { orderId } = await placeOrderFlow({
    brandSlug: f.brand.slug,
    eventId: f.event.id,
    buyer: {
      name: "Fan",
      email: `fan-${tag}@example.com`,
      address: { line1: "Kai 1", postalCode: "20457", city: "Hamburg", country: "Germany" },
    },
    lines,
  });
  const payment = await db().payment.findFirstOrThrow({ where: { orderId } });
  await checkout.confirmPayment(payment.id, "succeeded", new Date(), { kind: "system", label: "test" });
  return orderId;
}

async function seed() {
  const f = await weekendPackSetup({ stock: 50, capacity: 100 });
  const { productId: earlyId } = await createProduct(f.actor, f.brand, f.event.id, {
    kind: "ticket",
    name: "Club night",
    taxRate: 7,
    capacity: 50,
    phases: [
      { name: "Early bird", price: "10", endsAfterSold: "3" },
      { name: "Regular", price: "20" },
    ],
  });
  const placed = [
    await buy(f, [{ productId: f.dayId, quantity: 2 }]),
    await buy(f, [f.packWithM]),
    await buy(f, [{ productId: earlyId, quantity: 2 }]),
  ];
  const paid = async () =>
    (await db().order.count({ where: { id: { in: placed }, status: { in: ["pending"] } } })) === 0;
  await dispatchUntil(subscribers, paid, 60_000);
  return { ...f, earlyId };
}

beforeAll(async () => {
  [s, other] = await Promise.all([seed(), weekendPackSetup()]);
  await buy(other, [{ productId: other.dayId, quantity: 1 }]);
  await dispatchUntil(subscribers, async () => true, 30_000);
}, 300_000);

const scope = () => ({ brandId: s.brand.id, eventId: s.event.id });
const now = () => new Date();

describe("sales over time per product", () => {
  it("puts today's sales on today's row, product by product, adding up to each product's revenue", async () => {
    const period = insights.choosePeriod(
      insights.insightsSearch.parse({ period: "today" }),
      "Europe/Berlin",
      now(),
    );
    const points = await insights.salesOverTimeByProduct(scope(), period, period.grain, period.timeZone);
    const slots = insights.slotsOf(period);
    for (const p of points) expect(slots.map((d) => d.getTime())).toContain(p.at.getTime());
    const { products } = await insights.revenueByProduct(scope(), period);
    for (const productId of [s.dayId, s.packId, s.earlyId]) {
      const overTime = points.filter((p) => p.productId === productId).reduce((a, p) => a + p.gross, 0);
      const total = products.filter((p) => p.productId === productId).reduce((a, p) => a + p.gross, 0);
      expect(overTime, productId).toBe(total);
      expect(total, productId).toBeGreaterThan(0);
    }
    expect(points.find((p) => p.productId === s.earlyId)?.productName).toBe("Club night");
  });

  it("has nothing of another brand, nor of a period without sales", async () => {
    const week = insights.choosePeriod(insights.insightsSearch.parse({}), "UTC", now());
    const brandWide = await insights.salesOverTimeByProduct(
      { brandId: s.brand.id, eventId: null },
      week,
      "day",
      "UTC",
    );
    expect(brandWide.some((p) => p.productId === other.dayId)).toBe(false);
    expect(brandWide.length).toBeGreaterThan(0);
    const past = insights.choosePeriod(
      insights.insightsSearch.parse({ period: "custom", from: "2020-01-01", to: "2020-01-31" }),
      "UTC",
      now(),
    );
    expect(await insights.salesOverTimeByProduct(scope(), past, "day", "UTC")).toEqual([]);
  });
});

describe("price phases", () => {
  it("says how far the early bird is: 2 of 3 taken, Regular still to come", async () => {
    const products = s.event.products.map((p) => ({ id: p.id, name: p.name }));
    products.push({ id: s.earlyId, name: "Club night" });
    const progress = await insights.phaseProgress(s.brand.id, products, now());
    // One phase that never ends moves nowhere: the day ticket and the T-shirt are left out.
    expect(progress.map((p) => p.productName)).toEqual(["Club night"]);
    const [club] = progress;
    expect(club!.taken).toBe(2);
    expect(club!.phases.map((ph) => [ph.name, ph.state, ph.endsAfterSold, ph.price])).toEqual([
      ["Early bird", "current", 3, 1000],
      ["Regular", "upcoming", null, 2000],
    ]);
  });

  it("reads another brand's products as having no phases", async () => {
    expect(await insights.phaseProgress(other.brand.id, [{ id: s.earlyId, name: "x" }], now())).toEqual([]);
  });
});

describe("pool fill", () => {
  it("counts what the event's pools sold, and shows no pool of another brand", async () => {
    const pools = await insights.poolFill(s.brand.id, [s.dayId, s.earlyId], now());
    const sold = pools.reduce((a, p) => a + p.sold, 0);
    // 2 day tickets, the pack's 2 day tickets, 2 club night tickets.
    expect(sold).toBe(6);
    for (const p of pools) expect(p.free).toBe(p.capacity - p.sold - p.held);
    const theirs = await insights.poolFill(other.brand.id, null, now());
    expect(theirs.some((p) => pools.some((q) => q.id === p.id))).toBe(false);
    expect(await insights.poolFill(s.brand.id, [other.dayId], now())).toEqual([]);
  });
});
