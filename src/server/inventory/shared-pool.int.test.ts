// Two fans racing for the last unit of a shared pool — two hundred of them, buying a single
// ticket or a bundle that draws two units from the same pool.
import { describe, it, expect } from "vitest";
import { db } from "@/server/platform/db";
import { isDomainError } from "@/server/platform/errors";
import { transaction } from "@/server/platform/unit-of-work";
import { readStream } from "@/server/eventlog";
import * as inventory from "@/server/inventory";
import { priceCart } from "@/server/workflows";
import { sharedPoolSetup } from "@/test/fixtures";

describe("when 200 carts race for a pool of 50 shared by a ticket and a bundle", () => {
  it("holds exactly 50 units, tells every loser SoldOut, and the pool agrees with a recount from the event log", async () => {
    const s = await sharedPoolSetup();
    const now = new Date();
    const single = (await priceCart(s.brand, s.event, [{ productId: s.ticketId, quantity: 1 }], null, now))
      .holdLines;
    const duo = (await priceCart(s.brand, s.event, [{ productId: s.bundleId, quantity: 1 }], null, now))
      .holdLines;
    expect(duo[0]!.draws).toEqual([{ poolId: s.poolId, units: 2 }]);

    const meta = { actor: "test", brandId: s.brand.id, correlationId: "race", causationId: null };
    const expires = new Date(now.getTime() + 10 * 60_000);
    const results = await Promise.allSettled(
      Array.from({ length: 200 }, (_, i) =>
        transaction((uow) => inventory.placeHold(uow, meta, s.brand.id, i % 2 ? duo : single, now, expires)),
      ),
    );
    const won = results.filter((r) => r.status === "fulfilled").length;
    const lost = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
    for (const l of lost) {
      expect(isDomainError(l.reason) && l.reason.code).toBe("SoldOut");
    }
    expect(won + lost.length).toBe(200);

    const pool = (await inventory.poolStates([s.poolId], now)).get(s.poolId)!;
    expect(pool.held).toBe(50);
    expect(
      await inventory.availability(s.brand.id, [{ productId: s.ticketId, variantId: null }], now),
    ).toEqual({ [`${s.ticketId}:`]: 0 });

    // Recount from the log: the units of every HoldPlaced on this pool.
    const holds = await db().hold.findMany({ where: { brandId: s.brand.id }, select: { id: true } });
    let recount = 0;
    for (const h of holds)
      for (const e of await readStream<inventory.InventoryEvent>(`hold-${h.id}`))
        if (e.type === "HoldPlaced")
          for (const l of e.payload.lines) if (l.poolId === s.poolId) recount += l.units;
    expect(recount).toBe(pool.held);
    expect(holds.length).toBe(won);
  });
});
