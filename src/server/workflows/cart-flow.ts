// The cart as the fan uses it: every change re-prices the cart and re-places its hold (all or
// nothing, in one transaction — a refused change keeps the previous hold); checkout turns the
// held cart into a pending order that takes the hold over, with the quote it was held with.
import { z } from "zod";
import { LOCALES } from "@/server/platform/i18n";
import { transaction } from "@/server/platform/unit-of-work";
import { config, holdMillis } from "@/server/platform/config";
import { clock } from "@/server/platform/clock";
import { DomainError, invalid } from "@/server/platform/errors";
import { newId, newReference } from "@/server/platform/ids";
import { metadataFor } from "@/server/platform/metadata";
import * as distribution from "@/server/distribution";
import * as inventory from "@/server/inventory";
import * as pricing from "@/server/pricing";
import * as checkout from "@/server/checkout";
import { catalogSnapshot, saleEvent } from "./catalog-snapshot";
import { attendeesByLine, priceCart, ticketLabels, orderLinesOf, type PricedCart } from "./cart";

export type CartState = "empty" | "held" | "expired" | "paying";
export type CartView = {
  cartId: string;
  eventId: string;
  lines: z.output<typeof checkout.lineInput>[];
  promoCode: string | null;
  quote: pricing.CartQuote | null;
  expiresAt: string | null;
  /**
   * Where the event asks a name per ticket: what each ticket is ("Day ticket · Weekend pack"), in order. Else
   * null.
   */
  attendeeLabels: string[] | null;
  state: CartState;
  /** The cart holds merch: checkout asks for a shipping address. */
  ships: boolean;
};
type Snapshot = { quote: pricing.CartQuote; lines: PricedCart["lines"] };

/** What the fan changes the cart to; the shop router parses it (with the cart's token) at the edge. */
export const updateCartInput = z.object({
  brandSlug: z.string().min(1).max(60),
  eventId: z.string().min(1).max(64),
  lines: z.array(checkout.lineInput).max(20, "At most 20 different items per order"),
  promoCode: z
    .string()
    .trim()
    .max(40)
    .nullish()
    .transform((v) => v || null),
  /** Online channels only: the box office sells through its own Studio screen. */
  channel: z.enum(["shop", "embed"]).default("shop"),
});
export type UpdateCartInput = z.output<typeof updateCartInput>;

/**
 * The cart as the fan sees it. `asksNames`: whether its event asks a name per ticket, when the caller already
 * knows.
 */
async function toView(cart: checkout.CartRecord, now: Date, asksNames?: boolean): Promise<CartView> {
  const snapshot = cart.quote as Snapshot | null;
  let state: CartState = "empty";
  if (cart.lines.length > 0 && cart.holdId) {
    const hold = await inventory.holdStatus(cart.holdId);
    const held = hold?.status === "active" && hold.expiresAt > now;
    state = cart.orderId && held ? "paying" : held ? "held" : "expired";
  } else if (cart.lines.length > 0) state = "expired";
  const asks =
    asksNames ??
    (await saleEvent(cart.brandId, cart.eventId).then(
      (e) => e.askAttendeeNames,
      () => false,
    ));
  return {
    cartId: cart.id,
    eventId: cart.eventId,
    lines: cart.lines as CartView["lines"],
    promoCode: cart.promoCode,
    quote: snapshot?.quote ?? null,
    expiresAt: cart.expiresAt?.toISOString() ?? null,
    state,
    ships: checkout.shipsSomething(snapshot?.lines ?? []),
    attendeeLabels: asks && snapshot ? ticketLabels(snapshot.lines).flat() : null,
  };
}

/** The fan's cart in this brand's shop, or null. */
export async function viewCart(cartId: string | null, brandSlug: string): Promise<CartView | null> {
  if (!cartId) return null;
  const brand = await distribution.shopBrand(brandSlug);
  const cart = await checkout.cartById(cartId);
  if (!cart || cart.brandId !== brand.id) return null;
  return toView(cart, clock.now());
}

/** UpdateCart: price the new lines and hold them, replacing the cart's previous hold. */
export async function updateCart(cartId: string | null, input: UpdateCartInput): Promise<CartView> {
  const brand = await distribution.shopBrand(input.brandSlug);
  const catalog = await catalogSnapshot(brand.id);
  const event = await catalog.saleEvent(input.eventId);
  const now = clock.now();
  const id = newId("crt_");
  const meta = metadataFor({ kind: "fan", label: "fan" }, brand.id, id);
  const priced = input.lines.length
    ? await priceCart(brand, event, input.lines, input.promoCode, now, input.channel, catalog)
    : null;
  if (!priced && !(cartId && (await checkout.cartById(cartId)))) {
    // Nothing to hold and no cart yet: nothing to save.
    return {
      cartId: id,
      eventId: event.id,
      lines: [],
      promoCode: null,
      quote: null,
      expiresAt: null,
      state: "empty",
      ships: false,
      attendeeLabels: null,
    };
  }
  const expiresAt = new Date(now.getTime() + holdMillis());
  const savedId = await transaction(async (uow) => {
    const existing = cartId ? await checkout.lockCartFor(uow, cartId) : null;
    const mine = existing && existing.brandId === brand.id ? existing : null;
    if (mine?.orderId && mine.holdId) {
      const hold = await inventory.holdStatus(mine.holdId, uow);
      if (hold?.status === "active" && hold.expiresAt > now)
        throw new DomainError(
          "Conflict",
          "This cart is being paid for in another tab. Finish or cancel that payment first.",
        );
    }
    // A new hold replaces the old one itself (pool by pool, in order); an emptied cart lets it go.
    if (mine?.holdId && !priced) await inventory.releaseHold(meta, mine.holdId, uow);
    const holdId = priced ? newId("hold_") : null;
    const cartKey = mine?.id ?? id;
    await checkout.saveCart(uow, {
      id: cartKey,
      brandId: brand.id,
      eventId: event.id,
      lines: input.lines,
      promoCode: priced?.promo?.code ?? null,
      quote: priced ? ({ quote: priced.quote, lines: priced.lines } satisfies Snapshot) : null,
      holdId,
      expiresAt: priced ? expiresAt : null,
      orderId: null,
    });
    // Last: the hold locks the pools until commit.
    if (priced && holdId)
      await inventory.placeHold(uow, meta, brand.id, priced.holdLines, now, expiresAt, {
        holdId,
        replaces: mine?.holdId ?? undefined,
      });
    return cartKey;
  });
  return toView((await checkout.cartById(savedId))!, now, event.askAttendeeNames);
}

/**
 * `embedPass`: the embed page's signed pass (distribution/embed-pass.ts); a claimed origin is never taken.
 */
export const checkoutCartInput = z.object({
  brandSlug: z.string().min(1).max(60),
  /**
   * The form's shape; its rules are read once the cart is known (checkout.readBuyer): it says what the form
   * must ask.
   */
  buyer: checkout.buyerForm,
  embedPass: z.string().max(1000).nullish(),
  /** The language the fan's page speaks (docs/adr/0033); one the brand does not offer becomes its default. */
  language: z.enum(LOCALES).nullish(),
});
export type CheckoutCartInput = z.output<typeof checkoutCartInput>;

/** CheckoutCart: a pending order for the held cart (it takes the hold over), then the payment. */
export async function checkoutCart(
  cartId: string | null,
  input: CheckoutCartInput,
): Promise<{ orderId: string; reference: string; redirectUrl: string }> {
  const brand = await distribution.shopBrand(input.brandSlug);
  const now = clock.now();
  const cart = cartId ? await checkout.cartById(cartId) : null;
  if (!cart || cart.brandId !== brand.id || cart.lines.length === 0 || !cart.holdId || !cart.quote)
    throw invalid("Your cart is empty. Choose tickets first.");
  const view = await toView(cart, now);
  if (view.state === "expired")
    throw new DomainError("HoldExpired", "Your reservation ended. Hold your tickets again to continue.");
  const event = await saleEvent(brand.id, cart.eventId);
  const { quote, lines } = cart.quote as Snapshot;
  // Every problem with the form at once, each at its field.
  const buyer = checkout.readBuyer(input.buyer, {
    ships: checkout.shipsSomething(lines),
    tickets: event.askAttendeeNames ? ticketLabels(lines).flat() : [],
  });
  const base = config().PUBLIC_URL;
  const urls = (paymentId: string) => ({
    returnUrl: `${base}/pay/return/${paymentId}`,
    cancelUrl: `${base}/s/${brand.slug}/${event.slug}?cancelled=1`,
  });
  // A checkout already under way for this held cart (the fan came back, or we were interrupted
  // before the payment started) resumes with the same order and payment: never a second charge.
  const open = view.state === "paying" && cart.orderId ? await checkout.openPaymentOf(cart.orderId) : null;
  if (open)
    return {
      orderId: cart.orderId!,
      reference: open.reference,
      redirectUrl: (await checkout.startPayment(open.paymentId, urls(open.paymentId))).redirectUrl,
    };
  const names = event.askAttendeeNames ? attendeesByLine(ticketLabels(lines), buyer.attendees) : undefined;
  // Bought inside a brand's site: the site Marquee's own pass vouches for; anything else is the shop.
  const embeddedOn = await distribution.embedOriginOf(brand, input.embedPass, now);
  const channel = embeddedOn ? `embed:${embeddedOn}` : "shop";
  const orderId = newId("ord_");
  const reference = newReference();
  const meta = metadataFor({ kind: "fan", label: `fan:${buyer.email}` }, brand.id, orderId);
  const { paymentId } = await transaction(async (uow) => {
    const locked = await checkout.lockCartFor(uow, cart.id);
    if (!locked || locked.holdId !== cart.holdId)
      throw new DomainError("Conflict", "Your cart changed meanwhile. Check it and try again.");
    if (locked.orderId)
      throw new DomainError(
        "Conflict",
        "A payment for this cart is already in progress. Finish it, or wait for it to end.",
      );
    // From here only this order's payment sells the held units (a late payment of an earlier
    // attempt would have to find them free again).
    await inventory.assignHold(uow, cart.holdId!, orderId, now);
    if (locked.promoCode)
      await pricing.redeemPromo(
        uow,
        meta,
        { brandId: brand.id, eventId: event.id, orderId },
        locked.promoCode,
        now,
      );
    const placed = await checkout.placeOrder(uow, meta, {
      orderId,
      reference,
      brandId: brand.id,
      eventId: event.id,
      holdId: cart.holdId!,
      buyer,
      currency: quote.currency,
      subtotal: quote.subtotal,
      discount: quote.discount,
      tax: quote.tax,
      total: quote.total,
      promoCode: locked.promoCode,
      quote,
      holdExpiresAt: cart.expiresAt!,
      channel,
      language:
        input.language && brand.languages.includes(input.language) ? input.language : brand.defaultLanguage,
      attendeesByLine: names,
      lines: orderLinesOf(quote, lines),
    });
    await checkout.attachOrderToCart(uow, cart.id, orderId);
    return placed;
  });
  const { redirectUrl } = await checkout.startPayment(paymentId, urls(paymentId));
  return { orderId, reference, redirectUrl };
}
