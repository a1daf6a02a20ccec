// A purchase's writes — hold, order, lines, payment, events, expiry job — reach PostgreSQL in at
// most three round trips (issue 13, docs/adr/0023): one statement for a cart of one pool, and
// BEGIN + that statement + COMMIT when it takes several pools. Counted at the wire: every query
// node-postgres sends is a round trip, BEGIN and COMMIT included.
import { describe, it, expect } from "vitest";
import { db } from "@/server/platform/db";
import { readStream } from "@/server/eventlog";
import { organizerWithEvent, buyer, weekendPackSetup } from "@/test/fixtures";
import { placeOrderFlow } from "@/test/edge";
import { statementsOf } from "@/test/statements";

/**
 * The round trips from the purchase's first write to its last: from the first statement that
 * opens a transaction or writes, to the last that commits or writes the purchase's own rows
 * (the payment's checkout URL and the dispatcher's wake-up come after the purchase commits).
 */
function writeWindow(sent: string[]): string[] {
  const opens = /^\s*BEGIN\b|\b(INSERT|UPDATE)\b|add_job/i;
  const closes =
    /^\s*COMMIT\b|INSERT INTO\s+"?(public"\.)?"?(order|order_line|payment|hold|hold_line|hold_item|event_log)\b|UPDATE\s+"?(public"\.)?"?pool\b/i;
  const first = sent.findIndex((s) => opens.test(s));
  const last = sent.findLastIndex((s) => closes.test(s));
  return first === -1 ? [] : sent.slice(first, last + 1);
}

async function everythingWritten(orderId: string) {
  const order = await db().order.findUniqueOrThrow({
    where: { id: orderId },
    include: { lines: true, payments: true },
  });
  const hold = await db().hold.findUniqueOrThrow({
    where: { id: order.holdId },
    include: { lines: true, items: true },
  });
  const jobs = await db().$queryRaw<{ n: bigint }[]>`
    SELECT count(*) AS n FROM graphile_worker.jobs WHERE key = ${`expire-hold:${hold.id}`}`;
  return {
    order: order.status,
    lines: order.lines.length,
    payments: order.payments.map((p) => p.status),
    hold: hold.status,
    holdOwner: hold.ownerRef === orderId,
    holdLines: hold.lines.length,
    holdItems: hold.items.length,
    orderEvents: (await readStream(`order-${orderId}`)).map((e) => e.type),
    holdEvents: (await readStream(`hold-${hold.id}`)).map((e) => e.type),
    expiryJobs: Number(jobs[0]!.n),
  };
}

describe("a purchase's writes", () => {
  it("take one round trip for a cart drawing one pool", async () => {
    const f = await organizerWithEvent({ capacity: 10 });
    const input = (n: number) => ({
      brandSlug: f.brand.slug,
      eventId: f.event.id,
      buyer: buyer(n),
      lines: [{ productId: f.productId, quantity: 2 }],
    });
    await placeOrderFlow(input(1)); // the catalog snapshot is loaded: the next purchase is a usual one
    const { result, sent } = await statementsOf(() => placeOrderFlow(input(2)));
    expect(writeWindow(sent)).toHaveLength(1);
    expect(await everythingWritten(result.orderId)).toEqual({
      order: "pending",
      lines: 1,
      payments: ["pending"],
      hold: "active",
      holdOwner: true,
      holdLines: 1,
      holdItems: 1,
      orderEvents: ["OrderPlaced"],
      holdEvents: ["HoldPlaced"],
      expiryJobs: 1,
    });
    expect((await db().pool.findMany({ where: { brandId: f.brand.id } })).map((p) => p.held)).toEqual([4]);
  });

  it("take three (BEGIN, one statement, COMMIT) for a bundle drawing two pools", async () => {
    const s = await weekendPackSetup();
    const input = (n: number) => ({
      brandSlug: s.brand.slug,
      eventId: s.event.id,
      buyer: {
        ...buyer(n),
        address: { line1: "Seestraße 1", postalCode: "10115", city: "Berlin", country: "Germany" },
      },
      lines: [s.packWithM, { productId: s.dayId, quantity: 1 }],
    });
    await placeOrderFlow(input(1));
    const { result, sent } = await statementsOf(() => placeOrderFlow(input(2)));
    const window = writeWindow(sent);
    expect(window).toHaveLength(3);
    expect(window[0]).toMatch(/^\s*BEGIN/);
    expect(window[2]).toMatch(/^\s*COMMIT/);
    expect(await everythingWritten(result.orderId)).toMatchObject({
      order: "pending",
      lines: 2,
      payments: ["pending"],
      holdLines: 3,
      holdItems: 4,
      orderEvents: ["OrderPlaced"],
      holdEvents: ["HoldPlaced"],
      expiryJobs: 1,
    });
  });
});
