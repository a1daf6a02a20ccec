// The shop's in-memory catalog must never sell at yesterday's price: every catalog write moves
// the brand's catalog version (database triggers), and the next read reloads.
import { describe, it, expect } from "vitest";
import { db } from "@/server/platform/db";
import { transaction } from "@/server/platform/unit-of-work";
import * as pricing from "@/server/pricing";
import * as offering from "@/server/offering";
import { createPoolWithDraws, createTicketType, eventOffer, priceCart, saleEvent } from "@/server/workflows";
import { catalogSnapshot } from "./catalog-snapshot";
import { organizerWithEvent } from "@/test/fixtures";

describe("the shop's catalog snapshot", () => {
  it("prices with a new price phase as soon as the organizer saves it", async () => {
    const f = await organizerWithEvent({ price: 20 });
    const event = await saleEvent(f.brand.id, f.event.id);
    expect(
      (await priceCart(f.brand, event, [{ productId: f.productId, quantity: 1 }], null, new Date())).quote
        .total,
    ).toBe(2000);
    const before = (await catalogSnapshot(f.brand.id)).version;

    await transaction((uow) =>
      pricing.setPhases(uow, f.actor, f.brand.id, f.productId, "EUR", "Europe/Berlin", [
        { name: "", price: 35, endsAt: null, endsAfterSold: null },
      ]),
    );

    expect((await catalogSnapshot(f.brand.id)).version).not.toBe(before);
    expect(
      (await priceCart(f.brand, event, [{ productId: f.productId, quantity: 1 }], null, new Date())).quote
        .total,
    ).toBe(3500);
  });

  it("sees a product added, and a new draw on a pool, at once", async () => {
    const f = await organizerWithEvent({ price: 20, capacity: 10 });
    expect(
      (await eventOffer(f.brand, await saleEvent(f.brand.id, f.event.id), new Date())).map((i) => i.name),
    ).toEqual(["General"]);
    const { productId } = await createTicketType(f.actor, f.brand, f.event.id, {
      name: "VIP",
      price: 90,
      capacity: 6,
      maxPerOrder: 4,
    });
    const offer = await eventOffer(f.brand, await saleEvent(f.brand.id, f.event.id), new Date());
    expect(offer.map((i) => [i.name, i.available])).toEqual([
      ["General", 10],
      ["VIP", 6],
    ]);

    await createPoolWithDraws(f.actor, f.brand.id, { name: "VIP deck", capacity: 4 }, [
      { productId, variantId: null, units: 1 },
    ]);
    const after = await eventOffer(f.brand, await saleEvent(f.brand.id, f.event.id), new Date());
    expect(after.find((i) => i.name === "VIP")?.available).toBe(4);
  });

  it("does not sell a draft, and sells it once published", async () => {
    const f = await organizerWithEvent({ publish: false });
    await expect(saleEvent(f.brand.id, f.event.id)).rejects.toThrow("This event is not on sale here.");
    await offering.publishEvent(f.actor, f.brand.id, f.event.id, new Date());
    expect((await saleEvent(f.brand.id, f.event.id)).id).toBe(f.event.id);
  });

  it("moves on any write to a catalog table, even one made outside the application", async () => {
    const f = await organizerWithEvent({ price: 20 });
    const before = (await catalogSnapshot(f.brand.id)).version;
    await db().$executeRaw`UPDATE product SET name = 'Renamed by hand' WHERE id = ${f.productId}`;
    const event = await saleEvent(f.brand.id, f.event.id);
    expect((await catalogSnapshot(f.brand.id)).version).not.toBe(before);
    expect(event.products[0]!.name).toBe("Renamed by hand");
  });
});
