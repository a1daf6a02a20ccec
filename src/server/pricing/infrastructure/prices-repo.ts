import { db, txOf, type UnitOfWork } from "@/server/platform/db";
import type { PricePhase } from "../model/phases";
import type { BundleDiscount } from "../model/bundle-pricing";
import type { PromoCode } from "../model/promo";

export async function replacePhases(
  uow: UnitOfWork,
  brandId: string,
  productId: string,
  currency: string,
  phases: PricePhase[],
) {
  const tx = txOf(uow);
  await tx.pricePhase.deleteMany({ where: { productId, brandId } });
  await tx.pricePhase.createMany({
    data: phases.map((p, seq) => ({
      id: p.id,
      brandId,
      productId,
      seq,
      name: p.name,
      priceMinor: p.price,
      currency,
      endsAt: p.endsAt,
      endsAfterSold: p.endsAfterSold,
    })),
  });
}

export async function findPhases(
  brandId: string,
  productIds: string[],
): Promise<Map<string, { currency: string; phases: PricePhase[] }>> {
  const rows = await db().pricePhase.findMany({
    where: { brandId, productId: { in: productIds } },
    orderBy: [{ productId: "asc" }, { seq: "asc" }],
  });
  const map = new Map<string, { currency: string; phases: PricePhase[] }>();
  for (const r of rows) {
    const entry = map.get(r.productId) ?? { currency: r.currency, phases: [] };
    entry.phases.push({
      id: r.id,
      name: r.name,
      price: r.priceMinor,
      endsAt: r.endsAt,
      endsAfterSold: r.endsAfterSold,
    });
    map.set(r.productId, entry);
  }
  return map;
}

export type StoredBundlePricing = {
  mode: "fixed" | "sum";
  discount: BundleDiscount | null;
  overrides: Map<string, number>;
};

export async function upsertBundlePricing(
  uow: UnitOfWork,
  brandId: string,
  bundleId: string,
  mode: "fixed" | "sum",
  discount: BundleDiscount | null,
  overrides: { componentId: string; price: number }[],
) {
  const tx = txOf(uow);
  const discountKind = discount?.kind ?? null;
  const discountValue = discount
    ? discount.kind === "percent"
      ? discount.basisPoints
      : discount.amount
    : null;
  await tx.bundlePricing.upsert({
    where: { productId: bundleId },
    create: { productId: bundleId, brandId, mode, discountKind, discountValue },
    update: { mode, discountKind, discountValue },
  });
  await tx.componentPrice.deleteMany({ where: { bundleId } });
  if (overrides.length)
    await tx.componentPrice.createMany({
      data: overrides.map((o) => ({ componentId: o.componentId, bundleId, brandId, priceMinor: o.price })),
    });
}

export async function findBundlePricing(
  brandId: string,
  bundleIds: string[],
): Promise<Map<string, StoredBundlePricing>> {
  if (bundleIds.length === 0) return new Map();
  const [rows, overrides] = await Promise.all([
    db().bundlePricing.findMany({ where: { brandId, productId: { in: bundleIds } } }),
    db().componentPrice.findMany({ where: { brandId, bundleId: { in: bundleIds } } }),
  ]);
  return new Map(
    rows.map((r) => [
      r.productId,
      {
        mode: r.mode as "fixed" | "sum",
        discount:
          r.discountKind === "percent"
            ? { kind: "percent" as const, basisPoints: r.discountValue ?? 0 }
            : r.discountKind === "amount"
              ? { kind: "amount" as const, amount: r.discountValue ?? 0 }
              : null,
        overrides: new Map(
          overrides.filter((o) => o.bundleId === r.productId).map((o) => [o.componentId, o.priceMinor]),
        ),
      },
    ]),
  );
}

export type StoredPromo = PromoCode & { id: string };

function toPromo(r: {
  id: string;
  code: string;
  kind: string;
  value: number;
  scope: string;
  productIds: string[];
  validFrom: Date | null;
  validUntil: Date | null;
  maxUses: number | null;
  maxPerOrder: number | null;
  unlocksProductIds: string[];
  brandWide: boolean;
  eventIds: string[];
}): StoredPromo {
  const { brandWide, eventIds, ...rest } = r;
  return {
    ...rest,
    kind: r.kind as PromoCode["kind"],
    scope: r.scope as PromoCode["scope"],
    productIds: r.productIds ?? [],
    unlocksProductIds: r.unlocksProductIds ?? [],
    events: brandWide ? "brand" : (eventIds ?? []),
  };
}

export async function insertPromo(uow: UnitOfWork, brandId: string, id: string, p: PromoCode) {
  const { events, ...rest } = p;
  const where =
    events === "brand" ? { brandWide: true, eventIds: [] } : { brandWide: false, eventIds: events };
  await txOf(uow).promoCode.create({ data: { id, brandId, ...rest, ...where } });
}

export async function promoByCode(
  brandId: string,
  code: string,
  uow: UnitOfWork | null = null,
): Promise<StoredPromo | null> {
  const r = await (uow ? txOf(uow) : db()).promoCode.findUnique({
    where: { brandId_code: { brandId, code: code.trim().toUpperCase() } },
  });
  return r ? toPromo(r) : null;
}

/** The brand's codes that apply at this event: brand-wide ones and those made for it. */
export async function listPromos(brandId: string, eventId: string) {
  const rows = await db().promoCode.findMany({
    where: { brandId, OR: [{ brandWide: true }, { eventIds: { has: eventId } }] },
    orderBy: { createdAt: "desc" },
  });
  const used = await db().promoRedemption.groupBy({
    by: ["promoId"],
    where: { promoId: { in: rows.map((r) => r.id) }, status: "active" },
    _count: true,
  });
  const count = new Map(used.map((u) => [u.promoId, u._count]));
  return rows.map((r) => ({ ...toPromo(r), used: count.get(r.id) ?? 0 }));
}

/** Locks the code's row, so two orders racing for its last use are serialized; returns its active uses. */
export async function lockPromo(uow: UnitOfWork, promoId: string): Promise<number> {
  const tx = txOf(uow);
  await tx.$queryRaw`SELECT id FROM promo_code WHERE id = ${promoId} FOR UPDATE`;
  return tx.promoRedemption.count({ where: { promoId, status: "active" } });
}

export async function usedCount(promoId: string): Promise<number> {
  return db().promoRedemption.count({ where: { promoId, status: "active" } });
}

export async function insertRedemption(uow: UnitOfWork, r: { id: string; promoId: string; orderId: string }) {
  await txOf(uow).promoRedemption.create({ data: { ...r, status: "active" } });
}

export async function releaseRedemption(orderId: string): Promise<boolean> {
  const r = await db().promoRedemption.updateMany({
    where: { orderId, status: "active" },
    data: { status: "released" },
  });
  return r.count > 0;
}
