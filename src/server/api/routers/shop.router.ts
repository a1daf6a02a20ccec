import { z } from "zod";
import { router, publicProcedure } from "../trpc";
import { clock } from "@/server/platform/clock";
import { isDomainError } from "@/server/platform/errors";
import * as distribution from "@/server/distribution";
import * as pricing from "@/server/pricing";
import * as checkout from "@/server/checkout";
import * as fulfillment from "@/server/fulfillment";
import {
  checkoutCart,
  checkoutCartInput,
  fanRefundOffer,
  offerScope,
  placeOrderFlow,
  priceCart,
  refundOrderItems,
  saleEvent,
  sharedOffer,
  offerInLanguage,
  orderNamesIn,
  languageOf,
  quoteInLanguage,
  shopCatalogOf,
  updateCart,
  updateCartInput,
  viewCart,
} from "@/server/workflows";
import { config } from "@/server/platform/config";
import type { Locale } from "@/server/platform/i18n";
import { inFansWords } from "../fan-errors";
import { LOCALES } from "@/server/platform/i18n";

/** `value` as the fan's language says it; as it is when no language was named. */
async function inLanguage<T>(
  value: T,
  language: Locale | null | undefined,
  translate: (value: T, language: Locale) => Promise<T>,
): Promise<T> {
  return language ? translate(value, language) : value;
}
import { limitFailures, rateLimit } from "@/server/platform/rate-limit";

/** One cart per browser and brand. */
const cartCookie = (brandSlug: string) => `mq_cart_${brandSlug.replace(/[^a-z0-9-]/g, "")}`;
const WEEK = 7 * 24 * 3600;
/**
 * The embedded shop keeps its cart id in the page (a third-party frame gets no cookies in
 * today's browsers) and sends it as `cartToken`; the shop itself uses the cookie.
 */
const cartToken = z.string().min(1).max(64).nullish();
const cartOf = (
  ctx: { request: { cookie(name: string): string | null } },
  input: { brandSlug: string; cartToken?: string | null },
) => input.cartToken ?? ctx.request.cookie(cartCookie(input.brandSlug));

const id = z.string().min(1).max(64);
const where = { brandSlug: z.string().min(1).max(60), eventId: id };
const promoCode = z.string().trim().max(40).nullish();

type Ctx = { request: { clientKey: string; language?: Locale | null } };
// A code of another event counts too: it would tell a guesser that the code exists.
const unknownCode = (e: unknown) =>
  isDomainError(e) && (e.details.reason === pricing.UNKNOWN_CODE || e.details.reason === pricing.OTHER_EVENT);
/**
 * Anything that answers whether a promo code exists is guessable: wrong codes are limited per
 * client (counted before the attempt, so a client over the limit learns nothing); calls without
 * a code, and right codes, never count.
 */
function guardingPromo<T>(ctx: Ctx, code: string | null | undefined, run: () => Promise<T>): Promise<T> {
  if (!code?.trim()) return run();
  const max = config().RATE_LIMIT_PROMO_GUESSES_PER_MINUTE;
  const limit = {
    key: `promo:${ctx.request.clientKey}`,
    max,
    windowMs: 60_000,
    now: clock.now(),
    what: "wrong codes",
  };
  return limitFailures(limit, run, unknownCode);
}

type OfferPromo = {
  unlocked: Set<string>;
  promo: { code: string; valid: boolean; message: string | null } | null;
};

/** The promo code the offer was asked with at this event: what it unlocks, or why it does not apply. */
async function offerPromo(ctx: Ctx, brandId: string, eventId: string, code: string): Promise<OfferPromo> {
  try {
    const p = await guardingPromo(ctx, code, () => pricing.promoForCart(brandId, code, eventId));
    pricing.checkPromo(p.promo, clock.now(), p.usedCount);
    const promo = { code: p.promo.code, valid: true, message: null };
    return { unlocked: new Set(p.promo.unlocksProductIds), promo };
  } catch (e) {
    if (!isDomainError(e) || e.code === "TooManyRequests") throw e;
    const promo = {
      code: code.toUpperCase(),
      valid: false,
      message: inFansWords(e.message, ctx.request.language),
    };
    return { unlocked: new Set<string>(), promo };
  }
}

/**
 * A procedure limited per client before its input is read: a malformed call counts like any
 * other, so a scripted client learns nothing for free.
 */
const limitedProcedure = (what: "hold" | "order") =>
  publicProcedure.use(async ({ ctx, next }) => {
    const max =
      what === "hold" ? config().RATE_LIMIT_HOLDS_PER_MINUTE : config().RATE_LIMIT_ORDERS_PER_MINUTE;
    await rateLimit(`${what}:${ctx.request.clientKey}`, max, 60_000, clock.now());
    return next();
  });

async function load(brandSlug: string, eventId: string) {
  const brand = await distribution.shopBrand(brandSlug);
  return { brand, event: await saleEvent(brand.id, eventId) };
}

export const shopRouter = router({
  /**
   * What is on sale now: prices and phases, how many are left, bundles with their contents and
   * saving. Public and the same for every fan asking the same URL (no cookie, no session): read
   * from the process's shared snapshots, and cacheable for a second (api/trpc route, docs/adr/0024).
   */
  offer: publicProcedure
    .input(
      z.object({
        ...where,
        promoCode,
        channel: z.enum(["shop", "embed"]).default("shop"),
        // In the input, not a header: the answer is cached per URL (docs/adr/0024, 0033).
        language: z.enum(LOCALES).nullish(),
      }),
    )
    .query(async ({ ctx, input }) => {
      const at = clock.now();
      const { brand, catalog, event } = await offerScope(input.brandSlug, input.eventId);
      const noCode: OfferPromo = { unlocked: new Set<string>(), promo: null };
      const { unlocked, promo } = input.promoCode
        ? await offerPromo(ctx, brand.id, event.id, input.promoCode)
        : noCode;
      return {
        currency: brand.currency,
        items: await inLanguage(
          await sharedOffer(brand, catalog, event, at, { channel: input.channel, unlocked }),
          input.language,
          async (items, language) => offerInLanguage(items, await catalog.products, language),
        ),
        promo,
      };
    }),

  /** The cart's quote from the server: lines by phase, discounts, tax, total. */
  quote: publicProcedure
    .input(
      z.object({
        ...where,
        lines: z.array(checkout.lineInput).min(1).max(20),
        promoCode,
        channel: z.enum(["shop", "embed"]).default("shop"),
      }),
    )
    .query(async ({ ctx, input }) => {
      const { brand, event } = await load(input.brandSlug, input.eventId);
      const price = () =>
        priceCart(brand, event, input.lines, input.promoCode ?? null, clock.now(), input.channel);
      const quote = await guardingPromo(ctx, input.promoCode, async () => (await price()).quote);
      return inLanguage(quote, ctx.request.language, async (q, language) =>
        quoteInLanguage(q, await shopCatalogOf(input.brandSlug), language),
      );
    }),

  /** Hold and order in one step (API clients); the shop uses the cart below. */
  placeOrder: limitedProcedure("order")
    .input(checkout.placeOrderInput)
    .mutation(({ ctx, input }) => guardingPromo(ctx, input.promoCode, () => placeOrderFlow(input))),

  /** The fan's cart in this shop: its lines, the quote it is held with, and when the hold ends. */
  cart: publicProcedure
    .input(z.object({ brandSlug: where.brandSlug, cartToken }))
    .query(async ({ ctx, input }) => {
      const view = await viewCart(cartOf(ctx, input), input.brandSlug);
      return inLanguage(view, ctx.request.language, async (v, language) =>
        v?.quote
          ? { ...v, quote: quoteInLanguage(v.quote, await shopCatalogOf(input.brandSlug), language) }
          : v,
      );
    }),

  /** Change the cart: re-price it and re-hold it, all or nothing. */
  updateCart: limitedProcedure("hold")
    .input(updateCartInput.extend({ cartToken }))
    .mutation(async ({ ctx, input }) => {
      const view = await guardingPromo(ctx, input.promoCode, () => updateCart(cartOf(ctx, input), input));
      if (!input.cartToken) ctx.request.setCookie(cartCookie(input.brandSlug), view.cartId, WEEK);
      return view;
    }),

  /** Pay for the held cart: a pending order takes the hold over; the fan goes to the payment page. */
  checkoutCart: limitedProcedure("order")
    .input(checkoutCartInput.extend({ cartToken }))
    .mutation(({ ctx, input }) => checkoutCart(cartOf(ctx, input), input)),

  /**
   * The fan refunds chosen items of their order, where the brand's policy allows it (by the order's signed
   * link).
   */
  refundItems: publicProcedure
    .input(
      z.object({
        orderId: id,
        key: z.string().min(1).max(64),
        itemIds: z.array(id).min(1, "Choose what to refund").max(500),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      await rateLimit(
        `order:${ctx.request.clientKey}`,
        config().RATE_LIMIT_ORDERS_PER_MINUTE,
        60_000,
        clock.now(),
      );
      const order = await checkout.orderForFan(input.orderId, input.key);
      const r = await refundOrderItems(
        { kind: "fan", label: `fan:${order.buyerEmail}` },
        order.brandId,
        order.id,
        { itemIds: input.itemIds, reason: "", keepFee: false },
        "fan",
        clock.now(),
      );
      return { amount: r.amount, fee: r.fee, currency: r.currency };
    }),

  /** The fan's order, by its signed link; polled until the tickets are issued. */
  order: publicProcedure
    .input(z.object({ orderId: id, key: z.string().min(1).max(64) }))
    .query(async ({ ctx, input }) => {
      const order = await checkout.orderForFan(input.orderId, input.key);
      const [tickets, items, shipments, refunds, names] = await Promise.all([
        fulfillment.ticketsForOrder(order.brandId, order.id),
        fulfillment.itemsForOrder(order.brandId, order.id),
        fulfillment.shipmentsForOrder(order.brandId, order.id),
        checkout.refundsOf(order.id),
        // What was bought, named in the page's language (else the order's), docs/adr/0033.
        orderNamesIn(order, ctx.request.language ?? languageOf(order)),
      ]);
      return {
        order: { ...order, lines: names.lines },
        tickets: tickets.map((t) => ({ ...t, productName: names.label(t.productName, t.orderLineId) })),
        items: items.map((i) => ({
          id: i.id,
          kind: i.kind,
          label: names.label(i.label, i.orderLineId),
          status: i.status,
          shipmentId: i.shipmentId,
          ticketId: i.ticketId,
        })),
        shipments: shipments.map((s) => ({
          id: s.id,
          carrier: s.carrier,
          trackingNumber: s.trackingNumber,
          status: s.status,
          shippedAt: s.shippedAt,
          deliveredAt: s.deliveredAt,
        })),
        refunds: refunds.map((r) => ({
          id: r.id,
          amount: r.amountMinor,
          fee: r.feeMinor,
          status: r.status,
          createdAt: r.createdAt,
        })),
        refundPolicy: await fanRefundOffer(order, items, clock.now()),
      };
    }),
});
