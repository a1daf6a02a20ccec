// Two fans racing for the last unit of a shared pool — two hundred of them, buying a single
// ticket or a bundle that draws two units from the same pool.
import { describe, it, expect } from "vitest";
import { db } from "@/server/platform/db";
import { isDomainError } from "@/server/platform/errors";
import { transaction } from "@/server/platform/unit-of-work";
import { readStream } from "@/server/eventlog";
import * as inventory from "@/server/inventory";
import * as offering from "@/server/offering";
import { createBundle, createPoolWithDraws, createProduct, priceCart } from "@/server/workflows";
import { signUp } from "@/server/platform/accounts";
import * as distribution from "@/server/distribution";

async function sharedPoolSetup() {
  const user = await signUp({ name: "Pool Organizer", email: `pool-${Date.now()}@example.com`, password: "password-123" });
  const actor = { kind: "user" as const, id: user.id, label: user.email };
  const brand = await distribution.createBrand(actor, { name: "Pool Brand", slug: `pool-${Date.now().toString(36)}`, primaryColor: "#334455" });
  const { id: eventId } = await offering.createEvent(actor, brand.id, { name: "Race Night", venue: "Hall", description: "", timeZone: "Europe/Berlin", startsAt: "2031-01-01T20:00", endsAt: "2031-01-01T23:00" });
  // The ticket has no pool of its own: it draws from the shared GA pool.
  const { productId: ticketId } = await createProduct(actor, brand, eventId, { kind: "ticket", name: "Day ticket", taxRate: 7, capacity: "", phases: [{ price: "30" }] });
  const { productId: bundleId } = await createBundle(actor, brand, eventId, { name: "Duo pack", taxRate: 7, components: [{ productId: ticketId, quantity: 2 }], pricing: { mode: "sum", discountKind: "percent", discountValue: 10 } });
  const { poolId } = await createPoolWithDraws(actor, brand.id, { name: "GA floor", capacity: 50 }, [{ productId: ticketId, variantId: null, units: 1 }]);
  await offering.publishEvent(actor, brand.id, eventId, new Date());
  const event = await offering.shopEventById(brand.id, eventId);
  return { brand, event, ticketId, bundleId, poolId };
}

describe("when 200 carts race for a pool of 50 shared by a ticket and a bundle", () => {
  it("holds exactly 50 units, tells every loser SoldOut, and the pool agrees with a recount from the event log", async () => {
    const s = await sharedPoolSetup();
    const now = new Date();
    const single = (await priceCart(s.brand, s.event, [{ productId: s.ticketId, quantity: 1 }], null, now)).holdLines;
    const duo = (await priceCart(s.brand, s.event, [{ productId: s.bundleId, quantity: 1 }], null, now)).holdLines;
    expect(duo[0]!.draws).toEqual([{ poolId: s.poolId, units: 2 }]);

    const meta = { actor: "test", brandId: s.brand.id, correlationId: "race", causationId: null };
    const expires = new Date(now.getTime() + 10 * 60_000);
    const results = await Promise.allSettled(
      Array.from({ length: 200 }, (_, i) => transaction((uow) => inventory.placeHold(uow, meta, s.brand.id, i % 2 ? duo : single, now, expires))),
    );
    const won = results.filter((r) => r.status === "fulfilled").length;
    const lost = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
    for (const l of lost) {
      expect(isDomainError(l.reason) && l.reason.code).toBe("SoldOut");
    }
    expect(won + lost.length).toBe(200);

    const pool = (await inventory.poolStates([s.poolId], now)).get(s.poolId)!;
    expect(pool.held).toBe(50);
    expect(await inventory.availability(s.brand.id, [{ productId: s.ticketId, variantId: null }], now)).toEqual({ [`${s.ticketId}:`]: 0 });

    // Recount from the log: the units of every HoldPlaced on this pool.
    const holds = await db().hold.findMany({ where: { brandId: s.brand.id }, select: { id: true } });
    let recount = 0;
    for (const h of holds) for (const e of await readStream(`hold-${h.id}`)) if (e.type === "HoldPlaced") for (const l of (e.payload as { lines: { poolId: string; units: number }[] }).lines) if (l.poolId === s.poolId) recount += l.units;
    expect(recount).toBe(pool.held);
    expect(holds.length).toBe(won);
  });
});

describe("when 1,000 fans try to buy at once for 100 units shared by a ticket and a bundle", () => {
  it("sells exactly 100 units after every payment, oversells none, and tells each loser which line sold out", async () => {
    const { placeOrderFlow } = await import("@/server/workflows");
    const checkout = await import("@/server/checkout");
    const { subscribers } = await import("@/server/workflows/subscriptions");
    const { dispatchUntil } = await import("@/test/fixtures");
    const s = await sharedPoolSetup();
    await db().pool.update({ where: { id: s.poolId }, data: { capacity: 100 } });
    const attempts = await Promise.allSettled(
      Array.from({ length: 1000 }, (_, i) =>
        placeOrderFlow({ brandSlug: s.brand.slug, eventId: s.event.id, buyer: { name: `Fan ${i}`, email: `fan${i}@example.com` }, lines: [{ productId: i % 3 ? s.ticketId : s.bundleId, quantity: 1 }] }),
      ),
    );
    const won = attempts.filter((a): a is PromiseFulfilledResult<{ orderId: string; reference: string; redirectUrl: string }> => a.status === "fulfilled").map((a) => a.value);
    for (const a of attempts) if (a.status === "rejected") expect((a.reason as Error).message).toMatch(/^(Day ticket|Duo pack) is sold out\.$|^Only 1 Duo pack is left\.$|^Only 1 Day ticket is left\.$/);
    for (const o of won) {
      const payment = await db().payment.findFirstOrThrow({ where: { orderId: o.orderId } });
      await checkout.confirmPayment(payment.id, "succeeded", new Date(), { kind: "system", label: "test" });
    }
    await dispatchUntil(subscribers, async () => (await db().pool.findUniqueOrThrow({ where: { id: s.poolId } })).sold >= 100, 60_000);
    const pool = await db().pool.findUniqueOrThrow({ where: { id: s.poolId } });
    expect(pool.sold).toBe(100);
    expect(await db().order.count({ where: { brandId: s.brand.id, status: { in: ["fulfilled", "partially_fulfilled"] } } })).toBe(won.length);
  }, 180_000);
});
