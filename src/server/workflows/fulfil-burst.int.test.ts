// Issue 13, item 3: fulfilment keeps up with a rush. A burst of paid orders, worked off by the
// real worker (graphile-worker, its concurrency as configured): every order gets its tickets and
// exactly one e-mail, no send-mail job runs twice, and one order that cannot be fulfilled in a
// batch leaves the others fulfilled.
import { describe, it, expect } from "vitest";
import { z } from "zod";
import type { TaskList } from "graphile-worker";
import pg from "pg";
import { db } from "@/server/platform/db";
import { startWorker } from "@/server/platform/jobs";
import { transaction } from "@/server/platform/unit-of-work";
import { appendToStream, readStream, type BatchSubscriber, type DomainEvent } from "@/server/eventlog";
import * as checkout from "@/server/checkout";
import { taskList } from "@/server/workflows/tasks";
import { subscribers } from "@/server/workflows/subscriptions";
import { dispatchUntil, sharedPoolSetup } from "@/test/fixtures";
import { placeOrderFlow } from "@/test/edge";
import { statementsOf } from "@/test/statements";
import { checkPools } from "@/server/inventory";

type Setup = Awaited<ReturnType<typeof sharedPoolSetup>>;

/** `n` orders (every third a 2-ticket bundle), each paid; returns each order with its ticket count. */
async function paidOrders(s: Setup, n: number, from = 0) {
  const orders: { orderId: string; tickets: number }[] = [];
  let next = from;
  // A few buyers at once, as in a rush (and so the setup of a few hundred orders stays short).
  const buyer = async () => {
    while (next < from + n) {
      const i = next++;
      const bundle = i % 3 === 0;
      const placed = await placeOrderFlow({
        brandSlug: s.brand.slug,
        eventId: s.event.id,
        buyer: { name: `Fan ${i}`, email: `fan${i}@example.com` },
        lines: [{ productId: bundle ? s.bundleId : s.ticketId, quantity: 1 }],
      });
      const payment = await db().payment.findFirstOrThrow({ where: { orderId: placed.orderId } });
      await checkout.confirmPayment(payment.id, "succeeded", new Date(), { kind: "system", label: "test" });
      orders.push({ orderId: placed.orderId, tickets: bundle ? 2 : 1 });
    }
  };
  await Promise.all(Array.from({ length: 4 }, buyer));
  return orders;
}

const mailKey = (orderId: string) => `order-confirmation:${orderId}`;

describe("a burst of paid orders", () => {
  it("all get their tickets and exactly one e-mail each, with no job run twice", async () => {
    const BURST = Number(process.env.FULFIL_BURST ?? 30);
    const s = await sharedPoolSetup(BURST * 2);
    const orders = await paidOrders(s, BURST);
    // The real task list, counting each send-mail job it runs.
    const sends = new Map<string, number>();
    const counted: TaskList = {
      ...taskList,
      "send-mail": async (payload, helpers) => {
        const { id } = z.object({ id: z.string() }).parse(payload);
        sends.set(id, (sends.get(id) ?? 0) + 1);
        await taskList["send-mail"]!(payload, helpers);
      },
    };
    const worker = await startWorker(counted);
    try {
      const keys = orders.map((o) => mailKey(o.orderId));
      const sent = () => db().mailMessage.count({ where: { dedupeKey: { in: keys }, status: "sent" } });
      for (let i = 0; i < 600 && (await sent()) < BURST; i++) await new Promise((r) => setTimeout(r, 250));
    } finally {
      await worker.stop();
    }

    const tickets = await db().ticket.groupBy({ by: ["orderId"], _count: true });
    const ticketsOf = new Map(tickets.map((t) => [t.orderId, t._count]));
    expect(orders.filter((o) => ticketsOf.get(o.orderId) !== o.tickets)).toEqual([]);
    const mails = await db().mailMessage.findMany({
      where: { dedupeKey: { startsWith: "order-confirmation:" } },
      select: { id: true, dedupeKey: true, status: true },
    });
    expect(mails.map((m) => m.dedupeKey).sort()).toEqual(orders.map((o) => mailKey(o.orderId)).sort());
    expect(mails.every((m) => m.status === "sent")).toBe(true);
    expect([...sends.values()].filter((runs) => runs !== 1)).toEqual([]);
    expect(mails.every((m) => sends.get(m.id) === 1)).toBe(true);
    const units = orders.reduce((n, o) => n + o.tickets, 0);
    expect((await db().pool.findUniqueOrThrow({ where: { id: s.poolId } })).sold).toBe(units);
  }, 300_000);

  it("fulfils every other order of a batch when one of them fails", async () => {
    const s = await sharedPoolSetup(100);
    const before = await paidOrders(s, 5);
    // An OrderPaid whose hold is gone (a poisoned event) arrives amid the burst.
    const real = (await readStream(`order-${before[1]!.orderId}`)).find((e) => e.type === "OrderPaid")!;
    await transaction((tx) =>
      appendToStream<DomainEvent>(
        tx,
        "order-ord_lost",
        "any",
        [{ type: "OrderPaid", payload: { ...real.payload, orderId: "ord_lost", holdId: "hold_lost" } }],
        real.metadata,
      ),
    );
    const after = await paidOrders(s, 5, 5);
    const orders = [...before, ...after];
    const fulfil = subscribers.filter((x) => x.name === "workflow:fulfil-paid-order");
    const ticketsOf = async () =>
      new Map(
        (
          await db().ticket.groupBy({
            by: ["orderId"],
            where: { orderId: { in: orders.map((o) => o.orderId) } },
            _count: true,
          })
        ).map((t) => [t.orderId, t._count]),
      );
    await dispatchUntil(fulfil, async () => (await ticketsOf()).size === orders.length, 90_000);

    const issued = await ticketsOf();
    expect(orders.filter((o) => issued.get(o.orderId) !== o.tickets)).toEqual([]);
    const held = await db().heldDelivery.findMany({ where: { subscriber: "workflow:fulfil-paid-order" } });
    expect(held.map((h) => [h.streamId, h.status])).toEqual([["order-ord_lost", "retrying"]]);
    expect(held[0]!.lastError).toContain("hold_lost");
  }, 120_000);

  it("payments that arrive while fulfilment waits are every one fulfilled once it goes on", async () => {
    const N = Number(process.env.FULFIL_BURST ?? 60);
    const s = await sharedPoolSetup(N * 2);
    // Placed, not paid yet.
    const placed: { orderId: string; tickets: number }[] = [];
    for (let i = 0; i < N; i++) {
      const o = await placeOrderFlow({
        brandSlug: s.brand.slug,
        eventId: s.event.id,
        buyer: { name: `Fan ${i}`, email: `late${i}@example.com` },
        lines: [{ productId: s.ticketId, quantity: 1 }],
      });
      placed.push({ orderId: o.orderId, tickets: 1 });
    }
    const worker = await startWorker(taskList);
    // Fulfilment waits (another dispatcher holds its lock, as during the bench's burst) while
    // the payments come in, 8 at a time; everything else runs.
    const gate = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await gate.connect();
    const lock = "dispatch:workflow:fulfil-paid-order";
    try {
      await gate.query("SELECT pg_advisory_lock(hashtextextended($1, 0))", [lock]);
      let next = 0;
      await Promise.all(
        Array.from({ length: 8 }, async () => {
          while (next < placed.length) {
            const { orderId } = placed[next++]!;
            const payment = await db().payment.findFirstOrThrow({ where: { orderId } });
            await checkout.confirmPayment(payment.id, "succeeded", new Date(), {
              kind: "system",
              label: "test",
            });
          }
        }),
      );
      await gate.query("SELECT pg_advisory_unlock(hashtextextended($1, 0))", [lock]);
      const keys = placed.map((o) => mailKey(o.orderId));
      const sent = () => db().mailMessage.count({ where: { dedupeKey: { in: keys }, status: "sent" } });
      for (let i = 0; i < 240 && (await sent()) < N; i++) await new Promise((r) => setTimeout(r, 250));
    } finally {
      await gate.end();
      await worker.stop();
    }
    const statuses = await db().order.groupBy({
      by: ["status"],
      where: { id: { in: placed.map((o) => o.orderId) } },
      _count: true,
    });
    expect(statuses.map((g) => [g.status, g._count])).toEqual([["fulfilled", N]]);
  }, 180_000);
});

describe("a batch of paid orders handed over at once", () => {
  const fulfil = subscribers.find((x) => x.name === "workflow:fulfil-paid-order") as BatchSubscriber;
  const paidEvents = async (orders: { orderId: string }[]) =>
    Promise.all(
      orders.map(async (o) => (await readStream(`order-${o.orderId}`)).find((e) => e.type === "OrderPaid")!),
    );

  it("is fulfilled in a handful of statements for the whole batch, and a redelivery repeats nothing", async () => {
    const N = 30;
    const s = await sharedPoolSetup(N * 2);
    const orders = await paidOrders(s, N);
    const events = await paidEvents(orders);

    const { result: failed, sent } = await statementsOf(() => fulfil.handleBatch(events));

    expect(failed).toEqual([]);
    // About 25 round trips per order when each went alone; a dozen for the whole batch now.
    expect(sent.length).toBeLessThanOrEqual(15);
    const units = orders.reduce((n, o) => n + o.tickets, 0);
    const tickets = await db().ticket.groupBy({
      by: ["orderId"],
      where: { brandId: s.brand.id },
      _count: true,
    });
    expect(new Map(tickets.map((t) => [t.orderId, t._count]))).toEqual(
      new Map(orders.map((o) => [o.orderId, o.tickets])),
    );
    const pool = await db().pool.findUniqueOrThrow({ where: { id: s.poolId } });
    expect([pool.sold, pool.held]).toEqual([units, 0]);
    const statuses = await db().order.groupBy({
      by: ["status"],
      where: { brandId: s.brand.id },
      _count: true,
    });
    expect(statuses.map((g) => [g.status, g._count])).toEqual([["fulfilled", N]]);
    const logged = async () =>
      db().storedEvent.groupBy({
        by: ["type"],
        where: {
          type: { in: ["HoldConfirmed", "TicketsIssued", "FulfillmentPlanned", "OrderFulfilled"] },
          metadata: { path: ["brandId"], equals: s.brand.id },
        },
        _count: true,
        orderBy: { type: "asc" },
      });
    const once = (await logged()).map((g) => [g.type, g._count]);
    expect(once).toEqual([
      ["FulfillmentPlanned", N],
      ["HoldConfirmed", N],
      ["OrderFulfilled", N],
      ["TicketsIssued", N],
    ]);

    // Delivered again (at least once): each order goes alone, finds its work done, writes nothing.
    expect(await fulfil.handleBatch(events)).toEqual([]);
    expect((await logged()).map((g) => [g.type, g._count])).toEqual(once);
    expect((await db().pool.findUniqueOrThrow({ where: { id: s.poolId } })).sold).toBe(units);
    expect((await checkPools()).breaks).toEqual([]);
  }, 120_000);

  it("gets its tickets e-mails read and queued together, and one order that fails fails alone", async () => {
    const N = 30;
    const s = await sharedPoolSetup(N * 2);
    const orders = await paidOrders(s, N);
    expect(await fulfil.handleBatch(await paidEvents(orders))).toEqual([]);
    const issued = await Promise.all(
      orders.map(async (o) =>
        (await readStream(`tickets-${o.orderId}`)).find((e) => e.type === "TicketsIssued")!,
      ),
    );
    const mail = subscribers.find((x) => x.name === "mail:tickets-when-issued") as BatchSubscriber;

    const { result: failed, sent } = await statementsOf(() => mail.handleBatch(issued.slice(0, 20)));

    expect(failed).toEqual([]);
    // About ten round trips per e-mail when each went alone; a handful for the batch now.
    expect(sent.length).toBeLessThanOrEqual(12);
    // An order that is gone, amid the rest: the batch fails, then each goes alone.
    const lost = { ...issued[20]!, payload: { ...issued[20]!.payload, orderId: "ord_lost" } };
    const rest = await mail.handleBatch([...issued.slice(20, 25), lost, ...issued.slice(25)]);
    expect(rest.map((f) => f.event.payload)).toEqual([lost.payload]);
    const mails = await db().mailMessage.findMany({
      where: { dedupeKey: { in: orders.map((o) => mailKey(o.orderId)) } },
      select: { dedupeKey: true, attachments: true },
    });
    expect(mails.map((m) => m.dedupeKey).sort()).toEqual(orders.map((o) => mailKey(o.orderId)).sort());
    const ticketsOf = new Map(orders.map((o) => [mailKey(o.orderId), o.tickets]));
    for (const m of mails) {
      const files = (m.attachments as { contentType: string }[]).map((a) => a.contentType);
      expect(files.filter((f) => f === "image/png")).toHaveLength(ticketsOf.get(m.dedupeKey)!);
      expect(files.filter((f) => f === "application/pdf")).toHaveLength(1);
    }
  }, 120_000);
});
