import {
  db,
  guarded,
  Prisma,
  queryAtOnce,
  type StatementPart,
  type UnitOfWork,
  txOf,
  writePart,
} from "@/server/platform/db";
import { readStream } from "@/server/eventlog";
import type { OrderStatus, ShippingAddress } from "../model/order";
import type { OrderLineFact } from "../events";

export type OrderRecord = {
  id: string;
  brandId: string;
  eventId: string;
  reference: string;
  status: OrderStatus;
  buyerName: string;
  buyerEmail: string;
  holdId: string;
  subtotalMinor: number;
  discountMinor: number;
  taxMinor: number;
  totalMinor: number;
  currency: string;
  promoCode: string | null;
  createdAt: Date;
  paidAt: Date | null;
  shippingAddress: ShippingAddress | null;
  /**
   * Per order line, one name per ticket of that line (in the order its tickets are issued); none: the buyer's
   * name.
   */
  attendeeNames: Record<string, string[]>;
  /** Where it was sold: "shop", "embed:<origin>", "embed" or "box_office". */
  channel: string;
  /** The language the fan bought in: every e-mail and PDF about the order speaks it (docs/adr/0033). */
  language: string;
  lines: OrderLineFact[];
};

/** A pending order as it is written: its row, its lines, and the quote it was placed with. */
export type NewOrderRecord = Omit<OrderRecord, "status" | "createdAt" | "paidAt"> & {
  quote: unknown;
  holdExpiresAt: Date;
};

export async function insertOrder(
  uow: UnitOfWork,
  o: NewOrderRecord,
  payment: { id: string; provider: string },
) {
  await txOf(uow).order.create({
    data: {
      id: o.id,
      brandId: o.brandId,
      eventId: o.eventId,
      reference: o.reference,
      status: "pending",
      buyerName: o.buyerName,
      buyerEmail: o.buyerEmail,
      holdId: o.holdId,
      holdExpiresAt: o.holdExpiresAt,
      shippingAddress: o.shippingAddress ?? undefined,
      subtotalMinor: o.subtotalMinor,
      discountMinor: o.discountMinor,
      taxMinor: o.taxMinor,
      totalMinor: o.totalMinor,
      currency: o.currency,
      promoCode: o.promoCode,
      quote: o.quote as object,
      channel: o.channel,
      attendeeNames: o.attendeeNames,
      language: o.language,
      lines: {
        create: o.lines.map((l) => ({
          id: l.lineId,
          productId: l.productId,
          productName: l.productName,
          variantId: l.variantId,
          variantName: l.variantName,
          kind: l.kind,
          quantity: l.quantity,
          unitPriceMinor: l.unitPrice,
          discountMinor: l.discount,
          taxMinor: l.tax,
          totalMinor: l.total,
          selection: l.selection ? { ...l.selection, components: l.components } : undefined,
          allocation: l.allocation,
          allocationBasis: l.allocationBasis ?? null,
        })),
      },
      payments: {
        create: {
          id: payment.id,
          provider: payment.provider,
          status: "pending",
          amountMinor: o.totalMinor,
          currency: o.currency,
        },
      },
    },
  });
}

/**
 * insertOrder as parts of one statement (writeTogether, docs/adr/0023): the order, all its lines
 * in one multi-row INSERT, and its pending payment, each written only if the statement's guard
 * held. Columns as insertOrder writes them (created_at as Prisma's @default(now()) would).
 */
export function orderStatement(
  o: NewOrderRecord,
  payment: { id: string; provider: string },
): StatementPart[] {
  const now = new Date().toISOString();
  const utc = (d: Date | string | null) =>
    d === null
      ? Prisma.sql`NULL::timestamp`
      : Prisma.sql`(${typeof d === "string" ? d : d.toISOString()}::timestamptz AT TIME ZONE 'UTC')`;
  const json = (v: unknown) =>
    v === undefined || v === null ? Prisma.sql`NULL::jsonb` : Prisma.sql`${JSON.stringify(v)}::jsonb`;
  const lines = o.lines.map(
    (l) => Prisma.sql`(${l.lineId}::text, ${o.id}::text, ${l.productId}::text, ${l.productName}::text,
      ${l.variantId}::text, ${l.variantName}::text, ${l.kind}::text, ${l.quantity}::int, ${l.unitPrice}::int,
      ${l.discount}::int, ${l.tax}::int, ${l.total}::int,
      ${json(l.selection ? { ...l.selection, components: l.components } : null)}, ${json(l.allocation ?? [])},
      ${l.allocationBasis ?? null}::text)`,
  );
  const parts = [
    writePart(Prisma.sql`INSERT INTO "order" (id, brand_id, event_id, reference, status, buyer_name, buyer_email,
        hold_id, hold_expires_at, shipping_address, subtotal_minor, discount_minor, tax_minor, total_minor,
        currency, promo_code, quote, channel, attendee_names, language, created_at)
      SELECT ${o.id}::text, ${o.brandId}::text, ${o.eventId}::text, ${o.reference}::text, 'pending',
        ${o.buyerName}::text, ${o.buyerEmail}::text, ${o.holdId}::text, ${utc(o.holdExpiresAt)},
        ${json(o.shippingAddress)}, ${o.subtotalMinor}::int, ${o.discountMinor}::int, ${o.taxMinor}::int,
        ${o.totalMinor}::int, ${o.currency}::text, ${o.promoCode}::text, ${json(o.quote)}, ${o.channel}::text,
        ${json(o.attendeeNames)}, ${o.language}::text, ${utc(now)}
      WHERE ${guarded}`),
    writePart(Prisma.sql`INSERT INTO payment (id, order_id, provider, status, amount_minor, currency, created_at)
      SELECT ${payment.id}::text, ${o.id}::text, ${payment.provider}::text, 'pending', ${o.totalMinor}::int,
        ${o.currency}::text, ${utc(now)}
      WHERE ${guarded}`),
  ];
  if (lines.length)
    parts.push(
      writePart(Prisma.sql`INSERT INTO order_line (id, order_id, product_id, product_name, variant_id,
          variant_name, kind, quantity, unit_price_minor, discount_minor, tax_minor, total_minor, selection,
          allocation, allocation_basis)
        SELECT * FROM (VALUES ${Prisma.join(lines)}) AS l WHERE ${guarded}`),
    );
  return parts;
}

/** A bundle line's selection column keeps the fan's choices and the components they resolved to. */
function storedSelection(raw: unknown): Pick<OrderLineFact, "selection" | "components"> {
  if (!raw || typeof raw !== "object") return { selection: null, components: [] };
  const { components, ...selection } = raw as OrderLineFact["selection"] & {
    components?: OrderLineFact["components"];
  };
  return { selection: selection as OrderLineFact["selection"], components: components ?? [] };
}

function toRecord(o: {
  id: string;
  brandId: string;
  eventId: string;
  reference: string;
  status: string;
  buyerName: string;
  buyerEmail: string;
  holdId: string;
  subtotalMinor: number;
  discountMinor: number;
  taxMinor: number;
  totalMinor: number;
  currency: string;
  promoCode: string | null;
  createdAt: Date;
  paidAt: Date | null;
  shippingAddress: unknown;
  attendeeNames: unknown;
  channel: string;
  language: string;
  lines: {
    id: string;
    productId: string;
    productName: string;
    variantId: string | null;
    variantName: string | null;
    kind: string;
    quantity: number;
    unitPriceMinor: number;
    discountMinor: number;
    taxMinor: number;
    totalMinor: number;
    selection: unknown;
    allocation: unknown;
    allocationBasis: string | null;
  }[];
}): OrderRecord {
  const { lines, ...rest } = o;
  return {
    ...rest,
    status: o.status as OrderStatus,
    shippingAddress: (o.shippingAddress as ShippingAddress | null) ?? null,
    attendeeNames:
      o.attendeeNames && typeof o.attendeeNames === "object" && !Array.isArray(o.attendeeNames)
        ? (o.attendeeNames as Record<string, string[]>)
        : {},
    lines: lines.map((l) => ({
      lineId: l.id,
      productId: l.productId,
      productName: l.productName,
      variantId: l.variantId,
      variantName: l.variantName,
      kind: l.kind,
      quantity: l.quantity,
      unitPrice: l.unitPriceMinor,
      discount: l.discountMinor,
      tax: l.taxMinor,
      total: l.totalMinor,
      ...storedSelection(l.selection),
      allocation: (l.allocation as OrderLineFact["allocation"]) ?? [],
      allocationBasis: splitBasisOf(l.allocationBasis),
    })),
  };
}

function splitBasisOf(raw: string | null): OrderLineFact["allocationBasis"] {
  return raw === "in_bundle" || raw === "standalone" ? raw : null;
}

const orderInclude = { lines: { orderBy: { id: "asc" as const } } };

export async function findOrder(orderId: string): Promise<OrderRecord | null> {
  const o = await db().order.findUnique({ where: { id: orderId }, include: orderInclude });
  return o ? toRecord(o) : null;
}

/** The brand's orders among `orderIds` (a batch of tickets e-mails), in no particular order. */
export async function findOrdersOfBrand(brandId: string, orderIds: string[]): Promise<OrderRecord[]> {
  const rows = await db().order.findMany({ where: { brandId, id: { in: orderIds } }, include: orderInclude });
  return rows.map(toRecord);
}

/** Locks the order row: payment confirmations from the webhook and the return page serialize here. */
export async function lockOrder(uow: UnitOfWork, orderId: string): Promise<OrderRecord | null> {
  await txOf(uow).$queryRaw`SELECT id FROM "order" WHERE id = ${orderId} FOR UPDATE`;
  const o = await txOf(uow).order.findUnique({ where: { id: orderId }, include: orderInclude });
  return o ? toRecord(o) : null;
}

/** The refused sessions already recorded on an order (PaymentMismatched), in the caller's transaction. */
export async function mismatchesRecorded(
  uow: UnitOfWork,
  orderId: string,
): Promise<{ sessionId: string; code: string }[]> {
  const events = await readStream(`order-${orderId}`, txOf(uow));
  return events
    .filter((e) => e.type === "PaymentMismatched")
    .map((e) => ({ sessionId: String(e.payload.sessionId), code: String(e.payload.code) }));
}

/**
 * Orders of their brands moved to a new status each, if they are in one of `from` and not in it
 * already: locked in id order, then updated, in one statement. Returns the facts of those moved.
 */
export async function moveOrders(
  uow: UnitOfWork,
  moves: { brandId: string; orderId: string; status: OrderStatus }[],
  from: OrderStatus[],
) {
  return txOf(uow).$queryRaw<
    {
      id: string;
      brand_id: string;
      status: OrderStatus;
      reference: string;
      event_id: string;
      buyer_email: string;
      buyer_name: string;
      currency: string;
    }[]
  >`WITH wanted AS (
      SELECT * FROM unnest(${moves.map((m) => m.orderId)}::text[], ${moves.map((m) => m.brandId)}::text[],
        ${moves.map((m) => m.status)}::text[]) AS w (id, brand_id, status)
    ), locked AS (
      SELECT o.id, wanted.status FROM "order" o JOIN wanted ON wanted.id = o.id AND wanted.brand_id = o.brand_id
      WHERE o.status = ANY(${from}::text[]) AND o.status <> wanted.status
      ORDER BY o.id FOR UPDATE OF o
    )
    UPDATE "order" o SET status = locked.status FROM locked WHERE o.id = locked.id
    RETURNING o.id, o.brand_id, o.status, o.reference, o.event_id, o.buyer_email, o.buyer_name, o.currency`;
}

export async function setOrderStatus(uow: UnitOfWork, orderId: string, status: OrderStatus, paidAt?: Date) {
  await txOf(uow).order.update({ where: { id: orderId }, data: { status, ...(paidAt ? { paidAt } : {}) } });
}

export async function findPayment(paymentId: string, uow: UnitOfWork | null = null) {
  return (uow ? txOf(uow) : db()).payment.findUnique({
    where: { id: paymentId },
    include: { order: { include: orderInclude } },
  });
}

export async function findPaymentByRef(providerRef: string) {
  return db().payment.findUnique({ where: { providerRef }, select: { id: true } });
}

export async function recordCheckout(
  paymentId: string,
  data: { providerRef: string | null; checkoutUrl: string; expiresAt: Date | null },
) {
  // Once per purchase, so it skips Prisma's client altogether (docs/adr/0023, 0037).
  const expiresAt = data.expiresAt ? data.expiresAt.toISOString() : null;
  await queryAtOnce(Prisma.sql`
    UPDATE payment SET provider_ref = ${data.providerRef}::text, checkout_url = ${data.checkoutUrl}::text,
      expires_at = ${expiresAt}::timestamptz AT TIME ZONE 'UTC'
    WHERE id = ${paymentId}::text`);
}

/**
 * Payments to ask the provider about: pending too long, or expired by us in the last day (a webhook may have
 * been lost).
 */
export async function pendingPaymentsOlderThan(before: Date, now: Date, limit = 100) {
  return db().payment.findMany({
    where: {
      OR: [
        { status: "pending", createdAt: { lt: before } },
        {
          status: "expired",
          providerRef: { not: null },
          settledAt: { gt: new Date(now.getTime() - 86_400_000) },
        },
      ],
    },
    select: {
      id: true,
      providerRef: true,
      provider: true,
      status: true,
      order: { select: { holdExpiresAt: true } },
    },
    take: limit,
    orderBy: { createdAt: "asc" },
  });
}

export async function pendingPaymentForHold(holdId: string) {
  return db().payment.findFirst({
    where: { status: "pending", order: { holdId } },
    select: { id: true, providerRef: true, provider: true },
  });
}

export async function markPaymentExpired(uow: UnitOfWork, paymentId: string, at: Date): Promise<boolean> {
  const n = await txOf(uow).payment.updateMany({
    where: { id: paymentId, status: "pending" },
    data: { status: "expired", settledAt: at },
  });
  return n.count === 1;
}

export async function addRefunded(uow: UnitOfWork, paymentId: string, amount: number) {
  await txOf(uow).payment.update({
    where: { id: paymentId },
    data: { refundedMinor: { increment: amount } },
  });
}

/** Settle a pending payment once. A payment that expired on our side can still succeed: the money arrived. */
export async function settlePayment(
  uow: UnitOfWork,
  paymentId: string,
  status: "succeeded" | "failed",
  at: Date,
): Promise<boolean> {
  const from = status === "succeeded" ? ["pending", "expired"] : ["pending"];
  const n = await txOf(uow).payment.updateMany({
    where: { id: paymentId, status: { in: from } },
    data: { status, settledAt: at },
  });
  return n.count === 1;
}

export type OrderFilter = {
  brandId: string;
  eventId?: string;
  status?: OrderStatus;
  search?: string;
  productId?: string;
  from?: Date;
  to?: Date;
  limit: number;
};

export async function listOrders(f: OrderFilter): Promise<OrderRecord[]> {
  const rows = await db().order.findMany({
    where: {
      brandId: f.brandId,
      ...(f.eventId ? { eventId: f.eventId } : {}),
      ...(f.status ? { status: f.status } : {}),
      ...(f.productId ? { lines: { some: { productId: f.productId } } } : {}),
      ...(f.from || f.to
        ? { createdAt: { ...(f.from ? { gte: f.from } : {}), ...(f.to ? { lt: f.to } : {}) } }
        : {}),
      ...(f.search
        ? {
            OR: [
              { buyerEmail: { contains: f.search, mode: "insensitive" } },
              { buyerName: { contains: f.search, mode: "insensitive" } },
              { reference: { contains: f.search, mode: "insensitive" } },
            ],
          }
        : {}),
    },
    orderBy: { createdAt: "desc" },
    take: f.limit,
    include: orderInclude,
  });
  return rows.map(toRecord);
}

export async function upsertSalesRow(
  uow: UnitOfWork,
  r: { eventId: string; brandId: string; currency: string; orders: number; tickets: number; revenue: number },
) {
  await txOf(uow).eventSales.upsert({
    where: { eventId: r.eventId },
    create: {
      eventId: r.eventId,
      brandId: r.brandId,
      currency: r.currency,
      ordersPaid: r.orders,
      ticketsSold: r.tickets,
      revenueMinor: r.revenue,
    },
    update: {
      ordersPaid: { increment: r.orders },
      ticketsSold: { increment: r.tickets },
      revenueMinor: { increment: r.revenue },
    },
  });
}

export async function clearSales(uow: UnitOfWork) {
  await txOf(uow).eventSales.deleteMany({});
}

export async function findOrderForRefund(orderId: string, uow: UnitOfWork | null = null) {
  return (uow ? txOf(uow) : db()).order.findUnique({
    where: { id: orderId },
    select: {
      id: true,
      status: true,
      payments: {
        select: {
          id: true,
          status: true,
          provider: true,
          providerRef: true,
          amountMinor: true,
          currency: true,
        },
      },
    },
  });
}

export async function paymentsOfOrder(orderId: string) {
  return db().payment.findMany({
    where: { orderId },
    orderBy: { createdAt: "asc" },
    select: {
      id: true,
      provider: true,
      status: true,
      amountMinor: true,
      currency: true,
      refundedMinor: true,
      providerRef: true,
      createdAt: true,
      settledAt: true,
    },
  });
}

/** Several orders of a brand by id (lists that show order details beside other things). */
export async function findOrdersByIds(brandId: string, ids: string[]): Promise<OrderRecord[]> {
  if (ids.length === 0) return [];
  const rows = await db().order.findMany({ where: { brandId, id: { in: ids } }, include: orderInclude });
  return rows.map(toRecord);
}

/**
 * Paid orders per event and channel (shop, embed:<origin>, box_office): how many, the admissions
 * they hold (as admissionsIn counts them: ticket lines, and the tickets inside bundle lines) and
 * what they brought in after refunds. Read from the orders themselves, so it is current the moment
 * a payment is confirmed — no projection to wait for.
 */
export async function paidSales(brandId: string): Promise<
  {
    eventId: string;
    channel: string;
    currency: string;
    orders: number;
    tickets: number;
    revenueMinor: number;
  }[]
> {
  const rows = await db().$queryRaw<
    {
      event_id: string;
      channel: string;
      currency: string;
      orders: bigint;
      tickets: bigint;
      revenue: bigint;
    }[]
  >`
    SELECT o.event_id, o.channel, o.currency, count(*) AS orders,
      coalesce(sum(t.tickets), 0) AS tickets, sum(o.total_minor - coalesce(p.refunded, 0)) AS revenue
    FROM "order" o
    LEFT JOIN (SELECT order_id, sum(refunded_minor) AS refunded FROM payment GROUP BY order_id) p ON p.order_id = o.id
    LEFT JOIN (
      SELECT l.order_id, sum(l.quantity * CASE
        WHEN l.kind = 'ticket' THEN 1
        WHEN l.kind = 'bundle' THEN (
          SELECT coalesce(sum((c->>'quantity')::int), 0)
          FROM jsonb_array_elements(coalesce(l.selection->'components', '[]'::jsonb)) c
          WHERE c->>'kind' = 'ticket')
        ELSE 0 END) AS tickets
      FROM order_line l JOIN "order" lo ON lo.id = l.order_id
      WHERE lo.brand_id = ${brandId} AND lo.paid_at IS NOT NULL
      GROUP BY l.order_id
    ) t ON t.order_id = o.id
    WHERE o.brand_id = ${brandId} AND o.paid_at IS NOT NULL
    GROUP BY o.event_id, o.channel, o.currency
    ORDER BY revenue DESC, o.channel`;
  return rows.map((r) => ({
    eventId: r.event_id,
    channel: r.channel,
    currency: r.currency,
    orders: Number(r.orders),
    tickets: Number(r.tickets),
    revenueMinor: Number(r.revenue),
  }));
}

/** One brand's orders, of one event or all: an export reads them a page at a time. */
export type OrderScope = { brandId: string; eventId: string | null };
const inScope = (s: OrderScope) => ({ brandId: s.brandId, ...(s.eventId ? { eventId: s.eventId } : {}) });

export async function countOrdersIn(s: OrderScope): Promise<number> {
  return db().order.count({ where: inScope(s) });
}

/** The next `limit` orders in id order after `afterId` (keyset: as fast on the last page as on the first). */
export async function orderPage(
  s: OrderScope,
  afterId: string | null,
  limit: number,
): Promise<OrderRecord[]> {
  const rows = await db().order.findMany({
    where: { ...inScope(s), ...(afterId ? { id: { gt: afterId } } : {}) },
    orderBy: { id: "asc" },
    take: limit,
    include: orderInclude,
  });
  return rows.map(toRecord);
}

export async function countPaymentsIn(s: OrderScope): Promise<number> {
  return db().payment.count({ where: { order: inScope(s) } });
}

export async function paymentPage(s: OrderScope, afterId: string | null, limit: number) {
  const rows = await db().payment.findMany({
    where: { order: inScope(s), ...(afterId ? { id: { gt: afterId } } : {}) },
    orderBy: { id: "asc" },
    take: limit,
    select: {
      id: true,
      provider: true,
      status: true,
      amountMinor: true,
      refundedMinor: true,
      currency: true,
      createdAt: true,
      settledAt: true,
      order: { select: { reference: true } },
    },
  });
  return rows.map(({ order, ...p }) => ({ ...p, orderReference: order.reference }));
}
