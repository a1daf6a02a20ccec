// N paid orders written straight into the database and the event log — multi-row INSERTs of a
// thousand orders per transaction, not bought one by one — so insights' projections and the
// exports can be measured over 100,000 orders (issue 15). Each order is `OrderPlaced` +
// `OrderPaid` in its stream, with its row, its lines and its payment.
//
// The generated orders are history: they hold no units and get no tickets or e-mails. So every
// subscriber that is not a projection (fulfilment, mail, carts…) is moved past each batch in the
// batch's own transaction, under its dispatch lock; projections replay them as usual. Run it while
// nobody buys (a bench, a seeded database): a purchase still open when a batch commits could be
// passed over by those subscribers too.
import { randomBytes } from "node:crypto";
import type { OrderLineFact, OrderPaid, OrderPlaced } from "@/server/checkout";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/server/platform/db";
import { newId } from "@/server/platform/ids";

export type GenerateOrders = {
  brandId: string;
  eventId: string;
  currency: string;
  /** One order line each, for one unit: order i takes template i mod n, in 1–3 units. */
  lines: readonly Omit<OrderLineFact, "lineId">[];
  count: number;
  /** Every subscriber's name; those `replays` refuses are moved past the generated entries. */
  subscribers: readonly string[];
  replays?: (subscriber: string) => boolean;
  batch?: number;
  /** When the first order was paid; each next one a second later. */
  from?: Date;
};

const isProjection = (name: string) => name.startsWith("projection:");

/** Returns the generated orders' ids. */
export async function generateOrders(g: GenerateOrders): Promise<{ orderIds: string[] }> {
  const batch = g.batch ?? 1000;
  const skipped = g.subscribers.filter((s) => !(g.replays ?? isProjection)(s));
  const from = (g.from ?? new Date(Date.now() - g.count * 1000)).getTime();
  const orderIds: string[] = [];
  for (let start = 0; start < g.count; start += batch) {
    const orders = Array.from({ length: Math.min(batch, g.count - start) }, (_, k) =>
      orderOf(g, start + k, new Date(from + (start + k) * 1000)),
    );
    await writeBatch(g, orders, skipped);
    orderIds.push(...orders.map((o) => o.id));
  }
  return { orderIds };
}

type Generated = ReturnType<typeof orderOf>;

function orderOf(g: GenerateOrders, i: number, paidAt: Date) {
  const id = newId("ord_");
  const template = g.lines[i % g.lines.length]!;
  const q = 1 + (i % 3);
  // Whole units: every amount (and every component's share) times q, so the shares still add up.
  const line: OrderLineFact = {
    ...template,
    lineId: newId("oln_"),
    quantity: q,
    discount: template.discount * q,
    tax: template.tax * q,
    total: template.total * q,
    allocation: template.allocation.map((a) => ({ ...a, amount: a.amount * q, tax: a.tax * q })),
  };
  return {
    id,
    reference: `MQ-G${randomBytes(5).toString("hex").toUpperCase()}`,
    buyerName: `Generated Fan ${i}`,
    buyerEmail: `fan${i}@generated.example`,
    holdId: `hld_generated_${id}`,
    paidAt,
    line,
    paymentId: newId("pay_"),
  };
}

async function writeBatch(g: GenerateOrders, orders: Generated[], skipped: string[]) {
  for (let attempt = 0; ; attempt++) {
    try {
      await db().$transaction((tx) => insertBatch(tx, g, orders, skipped), { timeout: 120_000 });
      return;
    } catch (e) {
      if (!(e instanceof SubscriberBehind) || attempt >= 240) throw e;
      await new Promise((r) => setTimeout(r, 500)); // let the dispatcher catch up first
    }
  }
}

class SubscriberBehind extends Error {
  constructor(subscriber: string) {
    super(`${subscriber} has log entries left to deliver; let a dispatcher (the worker) catch up first`);
  }
}

async function insertBatch(
  tx: Prisma.TransactionClient,
  { brandId, eventId, currency }: GenerateOrders,
  orders: Generated[],
  skipped: string[],
) {
  await holdSubscribers(tx, skipped);
  const order = orders.map((o) => ({
    id: o.id,
    brand_id: brandId,
    event_id: eventId,
    reference: o.reference,
    status: "paid",
    buyer_name: o.buyerName,
    buyer_email: o.buyerEmail,
    hold_id: o.holdId,
    total_minor: o.line.total,
    subtotal_minor: o.line.total + o.line.discount,
    discount_minor: o.line.discount,
    tax_minor: o.line.tax,
    currency: currency,
    created_at: o.paidAt.toISOString(),
    paid_at: o.paidAt.toISOString(),
  }));
  await tx.$executeRaw`INSERT INTO "order" (id, brand_id, event_id, reference, status, buyer_name, buyer_email,
      hold_id, total_minor, subtotal_minor, discount_minor, tax_minor, currency, quote, created_at, paid_at)
    SELECT id, brand_id, event_id, reference, status, buyer_name, buyer_email, hold_id, total_minor,
      subtotal_minor, discount_minor, tax_minor, currency, '{}'::jsonb, created_at, paid_at
    FROM jsonb_to_recordset(${JSON.stringify(order)}::jsonb) AS x(id text, brand_id text, event_id text,
      reference text, status text, buyer_name text, buyer_email text, hold_id text, total_minor int,
      subtotal_minor int, discount_minor int, tax_minor int, currency text, created_at timestamptz,
      paid_at timestamptz)`;
  const lines = orders.map((o) => ({
    id: o.line.lineId,
    order_id: o.id,
    product_id: o.line.productId,
    product_name: o.line.productName,
    variant_id: o.line.variantId,
    variant_name: o.line.variantName,
    kind: o.line.kind,
    quantity: o.line.quantity,
    unit_price_minor: o.line.unitPrice,
    discount_minor: o.line.discount,
    tax_minor: o.line.tax,
    total_minor: o.line.total,
    selection: o.line.kind === "bundle" ? { ...o.line.selection, components: o.line.components } : null,
    allocation: o.line.allocation,
    allocation_basis: o.line.allocationBasis ?? null,
  }));
  await tx.$executeRaw`INSERT INTO order_line (id, order_id, product_id, product_name, variant_id, variant_name,
      kind, quantity, unit_price_minor, discount_minor, tax_minor, total_minor, selection, allocation,
      allocation_basis)
    SELECT * FROM jsonb_to_recordset(${JSON.stringify(lines)}::jsonb) AS x(id text, order_id text,
      product_id text, product_name text, variant_id text, variant_name text, kind text, quantity int,
      unit_price_minor int, discount_minor int, tax_minor int, total_minor int, selection jsonb,
      allocation jsonb, allocation_basis text)`;
  const payments = orders.map((o) => ({
    id: o.paymentId,
    order_id: o.id,
    amount_minor: o.line.total,
    currency: currency,
    at: o.paidAt.toISOString(),
  }));
  await tx.$executeRaw`INSERT INTO payment (id, order_id, provider, status, amount_minor, currency, created_at,
      settled_at)
    SELECT id, order_id, 'local', 'succeeded', amount_minor, currency, at, at
    FROM jsonb_to_recordset(${JSON.stringify(payments)}::jsonb) AS x(id text, order_id text,
      amount_minor int, currency text, at timestamptz)`;
  const entries = orders.flatMap((o) => {
    const meta = { actor: "generator", brandId, correlationId: newId("cor_"), causationId: null };
    const common = {
      orderId: o.id,
      reference: o.reference,
      eventId: eventId,
      holdId: o.holdId,
      buyerName: o.buyerName,
      buyerEmail: o.buyerEmail,
      total: o.line.total,
      currency: currency,
      lines: [o.line],
    };
    const placed: OrderPlaced["payload"] = { ...common, channel: "shop", promoCode: null };
    const paid: OrderPaid["payload"] = { ...common, paymentId: o.paymentId };
    return [
      { stream_id: `order-${o.id}`, stream_version: 1, type: "OrderPlaced", payload: placed, metadata: meta },
      { stream_id: `order-${o.id}`, stream_version: 2, type: "OrderPaid", payload: paid, metadata: meta },
    ];
  });
  const [last] = await tx.$queryRaw<{ position: bigint }[]>`
    WITH written AS (
      INSERT INTO event_log (stream_id, stream_version, type, payload, metadata)
      SELECT * FROM jsonb_to_recordset(${JSON.stringify(entries)}::jsonb) AS x(stream_id text,
        stream_version int, type text, payload jsonb, metadata jsonb)
      RETURNING position)
    SELECT max(position) AS position FROM written`;
  // Those that do not replay history pass over this batch: its transaction is their checkpoint.
  await tx.$executeRaw`UPDATE subscription_checkpoint
    SET last_transaction_id = pg_current_xact_id(), last_position = ${last!.position}, updated_at = now()
    WHERE name = ANY(${skipped}::text[])`;
  await tx.$executeRaw`SELECT graphile_worker.add_job('dispatch', '{}'::json, queue_name := 'dispatch',
    job_key := 'dispatch')`;
}

/**
 * Take the dispatch lock of each subscriber that will skip the batch (waiting for a pass under
 * way to end), and make sure it has nothing else left to deliver: moving it past the batch must
 * not pass over anything real.
 */
async function holdSubscribers(tx: Prisma.TransactionClient, names: string[]) {
  await tx.$executeRaw`INSERT INTO subscription_checkpoint (name) SELECT unnest(${names}::text[])
    ON CONFLICT (name) DO NOTHING`;
  for (const name of names) {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`dispatch:${name}`}, 0))`;
    // Ordered and limited like the dispatcher's own read, so it walks (transaction_id, position)'s index.
    const next = await tx.$queryRaw<unknown[]>`
      SELECT 1 FROM event_log WHERE (transaction_id, position) >
        (SELECT last_transaction_id, last_position FROM subscription_checkpoint WHERE name = ${name})
      ORDER BY transaction_id, position LIMIT 1`;
    if (next.length) throw new SubscriberBehind(name);
  }
}
