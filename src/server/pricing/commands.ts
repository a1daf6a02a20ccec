import { newId } from "@/server/platform/ids";
import { invalid, invalidAll } from "@/server/platform/errors";
import type { BundlePricingChoice } from "./model/bundle-pricing-input";
import { metadataFor, type Actor } from "@/server/platform/metadata";
import type { UnitOfWork } from "@/server/platform/unit-of-work";
import { transaction } from "@/server/platform/unit-of-work";
import { appendToStream, type EventMetadata } from "@/server/eventlog";
import { phasesIn, type PhaseRows } from "./model/phase-input";
import { checkPromo, checkPromoEvent, promoInput, type PromoCode } from "./model/promo";
import type { BundleDiscount } from "./model/bundle-pricing";
import {
  insertPromo,
  insertRedemption,
  lockPromo,
  promoByCode,
  releaseRedemption,
  replacePhases,
  upsertBundlePricing,
} from "./infrastructure/prices-repo";
import type { PricingEvent } from "./events";

/**
 * SetPricePhases: a product's (or fixed-price bundle's) prices over time, replacing the previous
 * list; `rows` as `phaseRowsInput` read them, their ends read in `timeZone`.
 */
export async function setPhases(
  uow: UnitOfWork,
  actor: Actor,
  brandId: string,
  productId: string,
  currency: string,
  timeZone: string,
  rows: PhaseRows,
): Promise<void> {
  const r = phasesIn(rows, timeZone, () => newId("php_"));
  if (!r.ok) throw invalidAll(r.issues);
  await replacePhases(uow, brandId, productId, currency, r.phases);
  await appendToStream<PricingEvent>(
    uow,
    `prices-${productId}`,
    "any",
    [
      {
        type: "PricePhasesSet",
        payload: {
          productId,
          currency,
          phases: r.phases.map((p) => ({
            name: p.name,
            price: p.price,
            endsAt: p.endsAt?.toISOString() ?? null,
            endsAfterSold: p.endsAfterSold,
          })),
        },
      },
    ],
    metadataFor(actor, brandId),
  );
}

/** A part's price inside its bundle ("20 € inside this pack, 30 € alone"), in major units. */
export type InBundlePrice = { componentId: string; price: number };

/**
 * SetBundlePricing: a fixed price (with its own phases), or the sum of its parts with in-bundle
 * prices and a bundle-only discount.
 */
export async function setBundlePricing(
  uow: UnitOfWork,
  actor: Actor,
  brandId: string,
  bundleId: string,
  componentIds: string[],
  v: BundlePricingChoice,
  inBundle: InBundlePrice[],
): Promise<void> {
  const discount: BundleDiscount | null =
    v.discountKind === "percent"
      ? { kind: "percent", basisPoints: Math.round(v.discountValue * 100) }
      : v.discountKind === "amount"
        ? { kind: "amount", amount: Math.round(v.discountValue * 100) }
        : null;
  const overrides = inBundle.map((o) => ({ componentId: o.componentId, price: Math.round(o.price * 100) }));
  // Ids the caller matched to the bundle's rows: a mismatch is a bug, not a fan's or organizer's input.
  for (const o of overrides)
    if (!componentIds.includes(o.componentId))
      throw new Error(`${o.componentId} is not a part of ${bundleId}`);
  await upsertBundlePricing(uow, brandId, bundleId, v.mode, discount, overrides);
  await appendToStream<PricingEvent>(
    uow,
    `prices-${bundleId}`,
    "any",
    [{ type: "BundlePricingSet", payload: { productId: bundleId, mode: v.mode, discount, overrides } }],
    metadataFor(actor, brandId),
  );
}

/**
 * CreatePromoCode as a script or a test writes it (`promoInput`: `raw.eventId` is the event it is
 * made on). The Studio parses its form at the edge and calls `createPromoCode`.
 */
export async function createPromo(
  actor: Actor,
  brandId: string,
  raw: unknown,
  known: { productIds: Set<string>; eventIds: Set<string> },
): Promise<{ code: string }> {
  const parsed = promoInput.safeParse(raw);
  if (!parsed.success)
    throw invalid(parsed.error.issues[0]!.message, { field: parsed.error.issues[0]!.path.join(".") });
  return createPromoCode(actor, brandId, parsed.data, known);
}

/**
 * CreatePromoCode: `promo.events` are the events it applies at (or the whole brand). Its products
 * and events must be the brand's (`known`), its code new in the brand.
 */
export async function createPromoCode(
  actor: Actor,
  brandId: string,
  promo: PromoCode,
  known: { productIds: Set<string>; eventIds: Set<string> },
): Promise<{ code: string }> {
  [...promo.productIds, ...promo.unlocksProductIds].forEach((id) => {
    if (!known.productIds.has(id)) throw invalid("Choose products of this brand", { field: "productIds" });
  });
  if (promo.events !== "brand" && promo.events.some((id) => !known.eventIds.has(id)))
    throw invalid("Choose events of this brand", { field: "eventIds" });
  if (await promoByCode(brandId, promo.code))
    throw invalid(`The code ${promo.code} exists already`, { field: "code" });
  const id = newId("prm_");
  await transaction(async (uow) => {
    await insertPromo(uow, brandId, id, promo);
    await appendToStream<PricingEvent>(
      uow,
      `promo-${id}`,
      0,
      [
        {
          type: "PromoCodeCreated",
          payload: {
            promoId: id,
            code: promo.code,
            kind: promo.kind,
            value: promo.value,
            scope: promo.scope,
            events: promo.events,
          },
        },
      ],
      metadataFor(actor, brandId),
    );
  });
  return { code: promo.code };
}

/**
 * RedeemPromoCode for an order at an event, in the order's unit of work: the code's row is locked
 * so its last use goes to exactly one order.
 */
export async function redeemPromo(
  uow: UnitOfWork,
  meta: EventMetadata,
  order: { brandId: string; eventId: string; orderId: string },
  code: string,
  at: Date,
): Promise<void> {
  const { brandId, eventId, orderId } = order;
  // Inside the purchase's transaction: a second connection here could wait on the pool forever.
  const promo = await promoByCode(brandId, code, uow);
  if (!promo) throw invalid("This code is not valid.", { field: "promoCode" });
  checkPromoEvent(promo, eventId);
  const used = await lockPromo(uow, promo.id);
  checkPromo(promo, at, used);
  await insertRedemption(uow, { id: newId("prr_"), promoId: promo.id, orderId });
  await appendToStream<PricingEvent>(
    uow,
    `promo-${promo.id}`,
    "any",
    [{ type: "PromoCodeRedeemed", payload: { promoId: promo.id, code: promo.code, orderId } }],
    meta,
  );
}

/** The order was cancelled or expired: its use of a code goes back. Idempotent. */
export async function releasePromo(orderId: string): Promise<void> {
  await releaseRedemption(orderId);
}
