// kill -9 at every step of a purchase, with real processes: a fan's purchase runs in a child
// process (src/test/crash-buyer.ts) and the job worker is `scripts/worker.ts` itself. Each is
// killed with SIGKILL after a step commits, or while blocked inside a step's transaction. After a
// restart: no paid order is left without its tickets and e-mail, no hold outlives its expiry,
// nothing is charged or sold twice.
import { describe, it, expect, afterEach } from "vitest";
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import pg from "pg";
import { db } from "@/server/platform/db";
import * as inventory from "@/server/inventory";
import { organizerWithEvent } from "@/test/fixtures";
import { startSmtpStub } from "@/test/smtp-stub";

const ROOT = path.resolve(__dirname, "../../..");
const children = new Set<ChildProcess>();
afterEach(() => {
  for (const c of children) c.kill("SIGKILL");
  children.clear();
});

function run(args: string[], env: Record<string, string>) {
  const child = spawn(process.execPath, ["--import", "tsx", ...args], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  children.add(child);
  let out = "";
  child.stdout!.on("data", (d) => (out += d));
  child.stderr!.on("data", (d) => (out += d));
  const exited = new Promise<{ signal: NodeJS.Signals | null; code: number | null }>((resolve) =>
    child.on("exit", (code, signal) => resolve({ code, signal })),
  );
  return { child, exited, output: () => out };
}

type Fixture = Awaited<ReturnType<typeof organizerWithEvent>>;

/** The fan's purchase in its own process; resolves when it has exited (killed or done). */
async function buyer(f: Fixture, opts: { crashAfter?: string; cartId?: string; holdSeconds?: number } = {}) {
  const p = run(["src/test/crash-buyer.ts", f.brand.slug, f.event.id, f.productId, opts.cartId ?? "-"], {
    CRASH_AFTER: opts.crashAfter ?? "",
    HOLD_SECONDS: String(opts.holdSeconds ?? 120),
  });
  const { signal, code } = await p.exited;
  const steps = Object.fromEntries(
    p
      .output()
      .split("\n")
      .filter((l) => l.startsWith("step "))
      .map((l) => {
        const [, name, json] = l.match(/^step (\S+) (.*)$/)!;
        return [name!, JSON.parse(json!) as { cartId: string; orderId?: string }];
      }),
  );
  return { signal, code, steps, output: p.output() };
}

/** The fan's purchase, started now, to be killed by the test while it waits on a lock. */
function buyerToKill(f: Fixture, cartId: string) {
  return run(["src/test/crash-buyer.ts", f.brand.slug, f.event.id, f.productId, cartId], {
    HOLD_SECONDS: "120",
  });
}

/** `npm run worker`, as a real process. */
async function worker(env: Record<string, string> = {}) {
  const p = run(["scripts/worker.ts"], { HOLD_SECONDS: "120", ...env });
  for (let i = 0; i < 200 && !p.output().includes("[worker] running"); i++) await sleep(100);
  if (!p.output().includes("[worker] running")) throw new Error(`the worker did not start:\n${p.output()}`);
  return {
    kill9: async () => (p.child.kill("SIGKILL"), await p.exited),
    stop: async () => (p.child.kill("SIGTERM"), await p.exited),
  };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
async function until(what: string, probe: () => Promise<boolean>, ms = 30_000) {
  const end = Date.now() + ms;
  while (!(await probe())) {
    if (Date.now() > end) throw new Error(`timed out waiting until ${what}`);
    await sleep(100);
  }
}

/** Holds a row lock from outside, so a process touching that row blocks inside its transaction. */
async function lockRow(sql: string, params: unknown[]) {
  const c = new pg.Client({ connectionString: process.env.DATABASE_URL });
  const probe = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await Promise.all([c.connect(), probe.connect()]);
  await c.query("BEGIN");
  await c.query(sql, params);
  const pid = (await c.query("SELECT pg_backend_pid() AS pid")).rows[0].pid as number;
  // Asked on another connection: inside a transaction, pg_stat_activity is a snapshot that
  // would never show the process that started waiting after it was taken.
  const waiting = async () =>
    (
      await probe.query(
        "SELECT count(*)::int AS n FROM pg_stat_activity WHERE $1 = ANY(pg_blocking_pids(pid))",
        [pid],
      )
    ).rows[0].n > 0;
  let released = false;
  const release = async () => {
    if (released) return;
    released = true;
    await c.query("ROLLBACK").catch(() => {});
    await Promise.all([c.end(), probe.end()]);
  };
  locks.add(release);
  return { waiting, release };
}
// A failed test must not leave a transaction open: it would hold back every dispatcher on the server.
const locks = new Set<() => Promise<void>>();
afterEach(async () => {
  for (const release of locks) await release();
  locks.clear();
});

/** What must hold after any crash and restart, whatever step died. */
async function expectNothingLost(f: Fixture) {
  const orders = await db().order.findMany({
    where: { brandId: f.brand.id },
    include: { payments: true, lines: true },
  });
  for (const o of orders) {
    expect(o.payments.filter((p) => p.status === "succeeded").length).toBeLessThanOrEqual(1); // never charged twice
    expect(o.status).not.toBe("paid"); // a paid order is always carried on to its tickets
    if (o.status === "fulfilled") {
      expect(await db().ticket.count({ where: { orderId: o.id } })).toBe(
        o.lines.reduce((n, l) => n + l.quantity, 0),
      );
      expect(
        await db().mailMessage.count({ where: { brandId: f.brand.id, to: o.buyerEmail, status: "sent" } }),
      ).toBe(1);
    }
  }
  const tickets = await db().ticket.count({ where: { brandId: f.brand.id } });
  const sold = (await db().pool.findMany({ where: { brandId: f.brand.id } })).reduce((n, p) => n + p.sold, 0);
  expect(sold).toBe(tickets); // sold once per ticket: nothing sold twice
  expect(
    await db().hold.count({
      where: { brandId: f.brand.id, status: "active", expiresAt: { lt: new Date(Date.now() - 3000) } },
    }),
  ).toBe(0); // no hold outlives its expiry
  expect(
    await db().payment.count({
      where: {
        status: "pending",
        order: { brandId: f.brand.id, holdExpiresAt: { lt: new Date(Date.now() - 3000) } },
      },
    }),
  ).toBe(0);
  // Every pool's held and sold counters agree with its holds (npm run check:pools).
  expect((await inventory.checkPools()).breaks).toEqual([]);
}

const orderOf = (f: Fixture) =>
  db().order.findFirst({ where: { brandId: f.brand.id }, include: { payments: true } });
const fulfilledOnce = async (f: Fixture) => {
  await until("the order is fulfilled", async () => (await orderOf(f))?.status === "fulfilled");
  await until(
    "its e-mail is sent",
    async () => (await db().mailMessage.count({ where: { brandId: f.brand.id, status: "sent" } })) === 1,
  );
};

describe("kill -9 during a purchase", () => {
  it("after the cart is held: the hold expires on time after restart and the units are free", async () => {
    const f = await organizerWithEvent({ capacity: 10 });
    const b = await buyer(f, { crashAfter: "held", holdSeconds: 5 });
    expect(b.signal).toBe("SIGKILL");
    const hold = await db().hold.findFirstOrThrow({ where: { brandId: f.brand.id } });
    expect(hold.status).toBe("active");
    const w = await worker();
    await until(
      "the hold has expired",
      async () => (await db().hold.findUniqueOrThrow({ where: { id: hold.id } })).status === "expired",
    );
    await w.stop();
    expect(await orderOf(f)).toBeNull();
    await expectNothingLost(f);
  }, 60_000);

  it("while the order is being placed (inside its transaction): nothing of it is kept, and the fan's retry goes through once", async () => {
    const f = await organizerWithEvent({ capacity: 10 });
    const { steps } = await buyer(f, { crashAfter: "held" });
    const cartId = steps.held!.cartId;
    const lock = await lockRow("SELECT 1 FROM cart WHERE id = $1 FOR UPDATE", [cartId]);
    const b = buyerToKill(f, cartId);
    await until("the buyer waits inside the order's transaction", lock.waiting).catch((e) =>
      Promise.reject(new Error(`${(e as Error).message}; the buyer said:\n${b.output()}`)),
    );
    b.child.kill("SIGKILL");
    expect((await b.exited).signal).toBe("SIGKILL");
    await lock.release();
    expect(await orderOf(f)).toBeNull();
    expect((await db().cart.findUniqueOrThrow({ where: { id: cartId } })).orderId).toBeNull();

    const retry = await buyer(f, { cartId });
    expect(retry.code).toBe(0);
    const w = await worker();
    await fulfilledOnce(f);
    await w.stop();
    await expectNothingLost(f);
  }, 60_000);

  it("after the order is placed, before paying: the order, its payment and its hold expire after restart, uncharged", async () => {
    const f = await organizerWithEvent({ capacity: 10 });
    const b = await buyer(f, { crashAfter: "ordered", holdSeconds: 5 });
    expect(b.signal).toBe("SIGKILL");
    const w = await worker();
    await until("the order has expired", async () => (await orderOf(f))?.status === "expired");
    await w.stop();
    const order = (await orderOf(f))!;
    expect(order.payments.map((p) => p.status)).toEqual(["expired"]);
    expect((await db().hold.findUniqueOrThrow({ where: { id: order.holdId } })).status).toBe("expired");
    await expectNothingLost(f);
  }, 60_000);

  it("after the order is placed, the fan coming back resumes the same order and payment, and pays once", async () => {
    const f = await organizerWithEvent({ capacity: 10 });
    const first = await buyer(f, { crashAfter: "ordered" });
    const again = await buyer(f, { cartId: first.steps.ordered!.cartId });
    expect(again.code).toBe(0);
    expect(again.steps.ordered!.orderId).toBe(first.steps.ordered!.orderId);
    expect(await db().order.count({ where: { brandId: f.brand.id } })).toBe(1);
    const w = await worker();
    await fulfilledOnce(f);
    await w.stop();
    await expectNothingLost(f);
  }, 60_000);

  it("while the payment is being confirmed (inside its transaction): the order stays pending, and paying again confirms it once", async () => {
    const f = await organizerWithEvent({ capacity: 10 });
    const first = await buyer(f, { crashAfter: "ordered" });
    const { cartId, orderId } = first.steps.ordered!;
    const lock = await lockRow(`SELECT 1 FROM "order" WHERE id = $1 FOR UPDATE`, [orderId]);
    const b = buyerToKill(f, cartId);
    await until("the payment's confirmation waits for the order", lock.waiting);
    b.child.kill("SIGKILL");
    await b.exited;
    await lock.release();
    expect((await orderOf(f))!.status).toBe("pending");
    expect(await db().storedEvent.count({ where: { streamId: `order-${orderId}`, type: "OrderPaid" } })).toBe(
      0,
    );

    expect((await buyer(f, { cartId })).code).toBe(0);
    const w = await worker();
    await fulfilledOnce(f);
    await w.stop();
    expect(await db().storedEvent.count({ where: { streamId: `order-${orderId}`, type: "OrderPaid" } })).toBe(
      1,
    );
    await expectNothingLost(f);
  }, 60_000);

  it("after the payment is confirmed, before any ticket: the restarted worker issues them and sends the e-mail once", async () => {
    const f = await organizerWithEvent({ capacity: 10 });
    const b = await buyer(f, { crashAfter: "paid" });
    expect(b.signal).toBe("SIGKILL");
    expect((await orderOf(f))!.status).toBe("paid");
    const w = await worker();
    await fulfilledOnce(f);
    await w.stop();
    await expectNothingLost(f);
  }, 60_000);

  it("the worker, while it turns the paid hold into sold units: the next worker finishes, selling and issuing once", async () => {
    const f = await organizerWithEvent({ capacity: 10 });
    expect((await buyer(f)).code).toBe(0);
    const order = (await orderOf(f))!;
    const lock = await lockRow("SELECT 1 FROM hold WHERE id = $1 FOR UPDATE", [order.holdId]);
    const w1 = await worker();
    await until("the worker waits inside the fulfilment", lock.waiting);
    await w1.kill9();
    await lock.release();
    expect((await orderOf(f))!.status).toBe("paid");
    const w2 = await worker();
    await fulfilledOnce(f);
    await w2.stop();
    await expectNothingLost(f);
  }, 60_000);

  it("the worker, while the mail server has the e-mail but has not confirmed it: the next worker sends it", async () => {
    const f = await organizerWithEvent({ capacity: 10 });
    const smtp = await startSmtpStub();
    try {
      smtp.hang = true;
      expect((await buyer(f)).code).toBe(0);
      const w1 = await worker({ MAIL_TRANSPORT: "smtp", SMTP_URL: smtp.url });
      await until("the mail server is receiving the e-mail", async () => smtp.dataStarted === 1);
      await w1.kill9();
      const mail = await db().mailMessage.findFirstOrThrow({ where: { brandId: f.brand.id } });
      expect(mail.status).not.toBe("sent");
      expect(smtp.received).toHaveLength(0);

      smtp.hang = false;
      const w2 = await worker({ MAIL_TRANSPORT: "smtp", SMTP_URL: smtp.url });
      await fulfilledOnce(f);
      await w2.stop();
      // The mail server confirmed exactly one delivery, to the fan, with the tickets attached.
      expect(smtp.received.map((m) => m.to)).toEqual([["<crash@example.com>"]]);
      expect(smtp.received[0]!.data).toContain("Content-Type: image/png");
      await expectNothingLost(f);
    } finally {
      await smtp.close();
    }
  }, 60_000);
});
