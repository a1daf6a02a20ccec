import { z } from "zod";
import { router, publicProcedure } from "../trpc";
import { clock } from "@/server/platform/clock";
import { isDomainError } from "@/server/platform/errors";
import * as distribution from "@/server/distribution";
import * as offering from "@/server/offering";
import * as pricing from "@/server/pricing";
import * as checkout from "@/server/checkout";
import * as fulfillment from "@/server/fulfillment";
import { eventOffer, placeOrderFlow, priceCart } from "@/server/workflows";

const id = z.string().min(1).max(64);
const where = { brandSlug: z.string().min(1).max(60), eventId: id };
const promoCode = z.string().trim().max(40).nullish();

async function load(brandSlug: string, eventId: string) {
  const brand = await distribution.shopBrand(brandSlug);
  return { brand, event: await offering.shopEventById(brand.id, eventId) };
}

export const shopRouter = router({
  /** What is on sale now: prices and phases, how many are left, bundles with their contents and saving. */
  offer: publicProcedure.input(z.object({ ...where, promoCode })).query(async ({ input }) => {
    const { brand, event } = await load(input.brandSlug, input.eventId);
    let promo: { code: string; valid: boolean; message: string | null } | null = null;
    let unlocked = new Set<string>();
    if (input.promoCode) {
      try {
        const p = await pricing.promoForCart(brand.id, input.promoCode);
        pricing.checkPromo(p.promo, clock.now(), p.usedCount);
        unlocked = new Set(p.promo.unlocksProductIds);
        promo = { code: p.promo.code, valid: true, message: null };
      } catch (e) {
        if (!isDomainError(e)) throw e;
        promo = { code: input.promoCode.toUpperCase(), valid: false, message: e.message };
      }
    }
    return { currency: brand.currency, items: await eventOffer(brand, event, clock.now(), { channel: "shop", unlocked }), promo };
  }),

  /** The cart's quote from the server: lines by phase, discounts, tax, total. */
  quote: publicProcedure.input(z.object({ ...where, lines: z.array(checkout.lineInput).min(1).max(20), promoCode })).query(async ({ input }) => {
    const { brand, event } = await load(input.brandSlug, input.eventId);
    return (await priceCart(brand, event, input.lines, input.promoCode ?? null, clock.now())).quote;
  }),

  placeOrder: publicProcedure.input(z.unknown()).mutation(({ input }) => placeOrderFlow(input)),

  /** The fan's order, by its signed link; polled until the tickets are issued. */
  order: publicProcedure.input(z.object({ orderId: id, key: z.string().min(1).max(64) })).query(async ({ input }) => {
    const order = await checkout.orderForFan(input.orderId, input.key);
    const tickets = await fulfillment.ticketsForOrder(order.id);
    return { order, tickets };
  }),
});
