import { z } from "zod";
import { router, publicProcedure } from "../trpc";
import { clock } from "@/server/platform/clock";
import * as distribution from "@/server/distribution";
import * as offering from "@/server/offering";
import * as inventory from "@/server/inventory";
import * as pricing from "@/server/pricing";
import * as checkout from "@/server/checkout";
import * as fulfillment from "@/server/fulfillment";
import { placeOrderFlow } from "@/server/workflows";

const id = z.string().min(1).max(64);

export const shopRouter = router({
  /** Live availability and current price of an event's products. */
  availability: publicProcedure.input(z.object({ brandSlug: z.string().min(1).max(60), eventId: id })).query(async ({ input }) => {
    const brand = await distribution.shopBrand(input.brandSlug);
    const event = await offering.shopEventById(brand.id, input.eventId);
    const ids = event.products.map((p) => p.id);
    const [left, price] = await Promise.all([inventory.availability(brand.id, ids, clock.now()), pricing.prices(brand.id, ids)]);
    return {
      products: event.products.map((p) => ({ id: p.id, name: p.name, kind: p.kind, maxPerOrder: p.maxPerOrder, available: left[p.id] ?? 0, price: price[p.id] ?? null })),
    };
  }),

  placeOrder: publicProcedure.input(z.unknown()).mutation(({ input }) => placeOrderFlow(input)),

  /** The fan's order, by its signed link; polled until the tickets are issued. */
  order: publicProcedure.input(z.object({ orderId: id, key: z.string().min(1).max(64) })).query(async ({ input }) => {
    const order = await checkout.orderForFan(input.orderId, input.key);
    const tickets = await fulfillment.ticketsForOrder(order.id);
    return { order, tickets };
  }),
});
