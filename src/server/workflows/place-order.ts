// The fan's purchase: price the cart, hold every pool it needs, redeem its promo code, place a
// pending order with the quote and its allocation, and start a payment. Hold, redemption and
// order commit together; if any step refuses, nothing is kept.
import { transaction, writeTogether } from "@/server/platform/unit-of-work";
import { startStreams, wakeDispatcherSoon } from "@/server/eventlog";
import { config, holdMillis } from "@/server/platform/config";
import { clock } from "@/server/platform/clock";
import { newId, newReference } from "@/server/platform/ids";
import { metadataFor, type Actor } from "@/server/platform/metadata";
import * as distribution from "@/server/distribution";
import * as inventory from "@/server/inventory";
import * as pricing from "@/server/pricing";
import * as checkout from "@/server/checkout";
import { catalogSnapshot } from "./catalog-snapshot";
import { gate } from "@/server/platform/gate";
import { attendeesByLine, priceCart, ticketLabels, orderLinesOf } from "./cart";

// About as many purchases at once as the database pool has connections (platform/gate.ts says why).
const purchases = gate(8);

/** PlaceOrder, for API clients: `input` is what the shop router parsed with `checkout.placeOrderInput`. */
export async function placeOrderFlow(
  input: checkout.PlaceOrderInput,
): Promise<{ orderId: string; reference: string; redirectUrl: string }> {
  const placed = await purchases(() => holdAndPlace(input));
  const { orderId, reference, paymentId, brandSlug, eventSlug } = placed;
  // Outside the gate: a slow payment provider must not hold other buyers back.
  const base = config().PUBLIC_URL;
  const { redirectUrl } = await checkout.startNewPayment(placed.payment, {
    returnUrl: `${base}/pay/return/${paymentId}`,
    cancelUrl: `${base}/s/${brandSlug}/${eventSlug}?cancelled=1`,
  });
  return { orderId, reference, redirectUrl };
}

async function holdAndPlace(
  input: checkout.PlaceOrderInput,
  opts: { channel: "shop" | "box_office"; provider?: string; actor?: Actor } = { channel: "shop" },
) {
  // Read each time, not from the offer's shared copy: the brand's settings (how a bundle's price
  // is split) apply from the next order on, as bundle-split.int requires.
  const brand = await distribution.shopBrand(input.brandSlug);
  const catalog = await catalogSnapshot(brand.id);
  const event = await catalog.saleEvent(input.eventId);
  const now = clock.now();
  const cart = await priceCart(brand, event, input.lines, input.promoCode, now, opts.channel, catalog);
  const names = event.askAttendeeNames
    ? attendeesByLine(ticketLabels(cart.lines), input.buyer.attendees)
    : undefined;
  // With a promo code, the pools are read first: a sold-out cart is refused before the
  // transaction locks the code. Without one, the statement below is that check.
  if (cart.promo) await inventory.checkHoldable(cart.holdLines, now);

  const orderId = newId("ord_");
  const reference = newReference();
  const meta = metadataFor(
    opts.actor ?? { kind: "fan", label: `fan:${input.buyer.email}` },
    brand.id,
    orderId,
  );
  const expiresAt = new Date(now.getTime() + holdMillis());
  const { quote } = cart;

  const holdId = newId("hold_");
  const order: checkout.NewOrder = {
    orderId,
    reference,
    brandId: brand.id,
    eventId: event.id,
    holdId,
    buyer: input.buyer,
    currency: quote.currency,
    subtotal: quote.subtotal,
    discount: quote.discount,
    tax: quote.tax,
    total: quote.total,
    promoCode: cart.promo?.code ?? null,
    quote,
    holdExpiresAt: expiresAt,
    channel: opts.channel,
    provider: opts.provider,
    attendeesByLine: names,
    lines: orderLinesOf(quote, cart.lines),
  };
  const done = { orderId, reference, brandSlug: brand.slug, eventSlug: event.slug };
  const payment = (paymentId: string) => ({
    paymentId,
    orderId,
    brandId: brand.id,
    reference,
    amount: quote.total,
    currency: quote.currency,
    buyerEmail: input.buyer.email,
    holdExpiresAt: expiresAt,
  });

  // The usual purchase, in one statement (docs/adr/0023): the pools' conditional updates guard
  // the order, its lines, its payment, the hold, its expiry job and both streams' first events.
  // A promo code locks its own row first; a refused guard (no room) wrote nothing: both take the
  // transaction below, which expires holds past their time and says what does not fit.
  if (!cart.promo) {
    const placing = checkout.placeOrderAtOnce(order);
    const holding = inventory.holdAtOnce(brand.id, cart.holdLines, expiresAt, { ownerRef: orderId, holdId });
    const written = await writeTogether(holding.guard, [
      ...placing.parts,
      ...holding.parts,
      startStreams([...placing.streams, ...holding.streams], meta),
    ]);
    if (written) {
      wakeDispatcherSoon();
      return { ...done, paymentId: placing.paymentId, payment: payment(placing.paymentId) };
    }
    // No room: sold out (one read says so, naming the line), unless holds past their time free
    // enough — then the transaction below expires them and takes their units.
    await inventory.checkHoldable(cart.holdLines, now);
  }

  // The hold goes last: it locks the pools until commit, so everything else is written first.
  const { paymentId } = await transaction(async (uow) => {
    if (cart.promo)
      await pricing.redeemPromo(
        uow,
        meta,
        { brandId: brand.id, eventId: event.id, orderId },
        cart.promo.code,
        now,
      );
    const placed = await checkout.placeOrder(uow, meta, order);
    await inventory.placeHold(uow, meta, brand.id, cart.holdLines, now, expiresAt, {
      ownerRef: orderId,
      holdId,
    });
    return placed;
  });
  return { ...done, paymentId, payment: payment(paymentId) };
}

/**
 * A sale at the door: the same checkout (prices, pools, the hold, the order), channel
 * "box office"; staff took the money (cash, or card on a terminal), so it is paid at once and
 * the tickets are issued and e-mailed like any other order. `sale` is what the box office's form
 * parsed with `checkout.boxOfficeSaleInput`.
 */
export async function sellAtBoxOffice(
  actor: Actor & { kind: "user" },
  at: { brandSlug: string; eventId: string },
  sale: checkout.BoxOfficeSale,
): Promise<{ orderId: string; reference: string; total: number; currency: string }> {
  const buyer = { name: sale.name, email: sale.email, address: null, attendees: [] };
  const order = { ...at, lines: sale.lines, buyer, promoCode: null };
  const placed = await purchases(() =>
    holdAndPlace(order, {
      channel: "box_office",
      provider: `box_office:${sale.method}`,
      actor,
    }),
  );
  await checkout.confirmPayment(placed.paymentId, "succeeded", clock.now(), actor);
  const paid = await checkout.orderForBrand(
    (await distribution.shopBrand(placed.brandSlug)).id,
    placed.orderId,
  );
  return {
    orderId: placed.orderId,
    reference: placed.reference,
    total: paid.totalMinor,
    currency: paid.currency,
  };
}
