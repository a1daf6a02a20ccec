// The expiry job runs late: holds have ended by time but are still `active`, and still counted
// in their pool's held counter. The next fan must not be told "sold out": the pool expires them
// itself (as the job would: their orders expire too), holds the new cart, and the counters stay
// true to the holds (npm run check:pools).
import { describe, it, expect } from "vitest";
import { db } from "@/server/platform/db";
import { readStream } from "@/server/eventlog";
import * as inventory from "@/server/inventory";
import { placeOrderFlow } from "@/test/edge";
import { subscribers } from "./subscriptions";
import { transaction } from "@/server/platform/unit-of-work";
import { organizerWithEvent, buyer, dispatchUntil, sharedPoolSetup } from "@/test/fixtures";

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

  it("a hold past its time on another pool too is left to its job (taking that pool would break the lock order) but its units count as free", async () => {
    const s = await sharedPoolSetup(2);
    const meta = { actor: "test", brandId: s.brand.id, correlationId: "late", causationId: null };
    const system = { kind: "system" as const, label: "test" };
    const [a, b] = await Promise.all(
      ["A", "B"].map(async (name) => {
        const { poolId } = await transaction((uow) =>
          inventory.createPool(uow, system, s.brand.id, { name, capacity: 1 }),
        );
        return poolId;
      }),
    );
    const line = (productId: string, draws: string[]) => ({
      productId,
      variantId: null,
      productName: productId,
      quantity: 1,
      draws: draws.map((poolId) => ({ poolId, units: 1 })),
    });
    const t0 = Date.now();
    const place = (at: number, l: ReturnType<typeof line>) =>
      transaction((uow) =>
        inventory.placeHold(uow, meta, s.brand.id, [l], new Date(at), new Date(at + 600_000)),
      );
    // A pack that takes one unit of each pool, then ends (10 minutes) without its job running.
    const pack = await place(t0, line("pack", [a!, b!]));
    // A ticket of the pool with the higher id only: this cart never locks the other pool.
    const [first, second] = [a!, b!].sort();
    const later = t0 + 11 * 60_000;
    await place(later, line("ticket", [second!]));

    const pools = await db().pool.findMany({
      where: { id: { in: [first!, second!] } },
      orderBy: { id: "asc" },
    });
    expect(pools.map((p) => p.held)).toEqual([1, 2]); // the pack is still counted, until its job
    expect((await db().hold.findUniqueOrThrow({ where: { id: pack.holdId } })).status).toBe("active");
    expect((await inventory.poolStates([second!], new Date(later))).get(second!)!.held).toBe(1);
    expect((await inventory.checkPools()).breaks).toEqual([]);

    await inventory.expireHold(pack.holdId, new Date(later));
    const after = await db().pool.findMany({
      where: { id: { in: [first!, second!] } },
      orderBy: { id: "asc" },
    });
    expect(after.map((p) => p.held)).toEqual([0, 1]);
    expect((await inventory.checkPools()).breaks).toEqual([]);
  });
});
