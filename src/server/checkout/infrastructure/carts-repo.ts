import { db, txOf, type UnitOfWork } from "@/server/platform/db";

export type CartRecord = {
  id: string;
  brandId: string;
  eventId: string;
  lines: unknown[];
  quote: unknown | null;
  promoCode: string | null;
  holdId: string | null;
  expiresAt: Date | null;
  orderId: string | null;
  updatedAt: Date;
};

const select = {
  id: true,
  brandId: true,
  eventId: true,
  lines: true,
  quote: true,
  promoCode: true,
  holdId: true,
  expiresAt: true,
  orderId: true,
  updatedAt: true,
} as const;

export async function findCart(cartId: string): Promise<CartRecord | null> {
  const c = await db().cart.findUnique({ where: { id: cartId }, select });
  return c ? { ...c, lines: (c.lines as unknown[]) ?? [] } : null;
}

/** Locks the cart row: two tabs changing one cart take turns. */
export async function lockCart(uow: UnitOfWork, cartId: string): Promise<CartRecord | null> {
  await txOf(uow).$queryRaw`SELECT id FROM cart WHERE id = ${cartId} FOR UPDATE`;
  const c = await txOf(uow).cart.findUnique({ where: { id: cartId }, select });
  return c ? { ...c, lines: (c.lines as unknown[]) ?? [] } : null;
}

export async function upsertCart(uow: UnitOfWork, c: Omit<CartRecord, "updatedAt">) {
  const data = {
    brandId: c.brandId,
    eventId: c.eventId,
    lines: c.lines as object[],
    quote: (c.quote ?? undefined) as object | undefined,
    promoCode: c.promoCode,
    holdId: c.holdId,
    expiresAt: c.expiresAt,
    orderId: c.orderId,
  };
  await txOf(uow).cart.upsert({ where: { id: c.id }, create: { id: c.id, ...data }, update: data });
}

export async function setCartOrder(uow: UnitOfWork, cartId: string, orderId: string | null) {
  await txOf(uow).cart.update({ where: { id: cartId }, data: { orderId } });
}

/** The order was paid: the cart starts over. */
/** The carts that became these paid orders start over (one statement for a batch of a brand's orders). */
export async function emptyCartsOfOrders(brandId: string, orderIds: readonly string[]) {
  if (orderIds.length === 0) return;
  await db().cart.updateMany({
    where: { brandId, orderId: { in: [...orderIds] } },
    data: { lines: [], quote: undefined, holdId: null, expiresAt: null, orderId: null, promoCode: null },
  });
}

/** The payment failed: the cart gets its lines and hold back. Returns whether a cart did. */
export async function detachOrder(uow: UnitOfWork, orderId: string): Promise<boolean> {
  const r = await txOf(uow).cart.updateMany({ where: { orderId }, data: { orderId: null } });
  return r.count > 0;
}

export async function cartOfOrder(orderId: string) {
  return db().cart.findFirst({ where: { orderId }, select: { id: true, holdId: true } });
}
