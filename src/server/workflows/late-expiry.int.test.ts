// The expiry job runs late: holds have ended by time but are still `active`, and still counted
// in their pool's held counter. The next fan must not be told "sold out": the pool expires them
// itself (as the job would: their orders expire too), holds the new cart, and the counters stay
// true to the holds (npm run check:pools).
import { describe, it, expect } from "vitest";
import { db } from "@/server/platform/db";
import { readStream } from "@/server/eventlog";
import * as inventory from "@/server/inventory";
import { placeOrderFlow } from "./place-order";
import { subscribers } from "./subscriptions";
import { organizerWithEvent, buyer, dispatchUntil } from "@/test/fixtures";

describe("when the expiry job is late and the pool is full of holds past their time", () => {
  it("the next fan's hold expires them itself, succeeds, and every counter agrees with the holds", async () => {
    const f = await organizerWithEvent({ capacity: 3 });
    const early = await Promise.all(
      [1, 2].map((i) =>
        placeOrderFlow({
          brandSlug: f.brand.slug,
          eventId: f.event.id,
          buyer: buyer(i),
          lines: [{ productId: f.productId, quantity: i === 1 ? 2 : 1 }],
        }),
      ),
    );
    expect((await inventory.checkPools()).breaks).toEqual([]);
    // Their time runs out; the expire-hold job has not run.
    const holdIds = (await db().order.findMany({ where: { id: { in: early.map((o) => o.orderId) } } })).map(
      (o) => o.holdId,
    );
    await db().hold.updateMany({
      where: { id: { in: holdIds } },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    const [pool] = await db().pool.findMany({ where: { brandId: f.brand.id } });
    expect(pool!.held).toBe(3); // still counted: the counter only moves when a hold is settled

    const late = await placeOrderFlow({
      brandSlug: f.brand.slug,
      eventId: f.event.id,
      buyer: buyer(3),
      lines: [{ productId: f.productId, quantity: 3 }],
    });

    expect((await db().pool.findUniqueOrThrow({ where: { id: pool!.id } })).held).toBe(3);
    const holds = await db().hold.findMany({ where: { id: { in: holdIds } } });
    expect(holds.map((h) => h.status)).toEqual(["expired", "expired"]);
    for (const id of holdIds)
      expect((await readStream(`hold-${id}`)).map((e) => e.type)).toEqual(["HoldPlaced", "HoldExpired"]);
    expect((await inventory.checkPools()).breaks).toEqual([]);

    // Their orders and payments expire as if the job had expired the holds.
    await dispatchUntil(subscribers, async () => {
      const orders = await db().order.findMany({ where: { id: { in: early.map((o) => o.orderId) } } });
      return orders.every((o) => o.status === "expired");
    });
    expect(
      await db().payment.count({
        where: { orderId: { in: early.map((o) => o.orderId) }, status: "pending" },
      }),
    ).toBe(0);
    expect((await db().order.findUniqueOrThrow({ where: { id: late.orderId } })).status).toBe("pending");

    // The job comes at last: nothing left to do, nothing counted twice.
    for (const id of holdIds) await inventory.expireHold(id, new Date());
    expect((await db().pool.findUniqueOrThrow({ where: { id: pool!.id } })).held).toBe(3);
    const check = await inventory.checkPools();
    expect(check.breaks).toEqual([]);
    expect(check.pools).toBeGreaterThan(0);
  });
});
