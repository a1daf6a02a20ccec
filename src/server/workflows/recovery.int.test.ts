// "Never lose a paid order": the process dies after payment and before the e-mail is sent.
// On restart the worker finds the work in the database and finishes it, once.
import { describe, it, expect } from "vitest";
import pg from "pg";
import { db } from "@/server/platform/db";
import * as checkout from "@/server/checkout";
import { runWorker } from "../../../scripts/lib/worker";
import { organizerWithEvent, buyer } from "@/test/fixtures";
import { placeOrderFlow } from "@/test/edge";

async function until<T>(probe: () => Promise<T | null | undefined | false>, ms = 20_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await probe();
    if (v) return v;
    if (Date.now() > end) throw new Error("timed out waiting");
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe("when the process is killed after payment, before the confirmation e-mail", () => {
  it("issues the tickets and sends the e-mail exactly once after restart, even with jobs left locked by the dead worker", async () => {
    const f = await organizerWithEvent({ capacity: 10 });
    const placed = await placeOrderFlow({
      brandSlug: f.brand.slug,
      eventId: f.event.id,
      buyer: buyer(),
      lines: [{ productId: f.productId, quantity: 2 }],
    });
    const payment = await db().payment.findFirstOrThrow({ where: { orderId: placed.orderId } });
    await checkout.confirmPayment(payment.id, "succeeded", new Date(), { kind: "system", label: "test" });

    // The dead process had picked up the pending jobs: they are locked by a worker that no longer exists.
    const url = process.env.DATABASE_URL!;
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    await c.query(
      `UPDATE graphile_worker._private_jobs SET locked_by = 'worker-killed-9', locked_at = now()`,
    );
    await c.end();
    expect(await db().ticket.count({ where: { orderId: placed.orderId } })).toBe(0);

    const worker = await runWorker(url, true);
    try {
      const mail = await until(() =>
        db().mailMessage.findFirst({ where: { brandId: f.brand.id, status: "sent" } }),
      );
      expect(mail.to).toBe("fan1@example.com");
      expect(mail.raw).toContain("Content-Type: image/png");
      expect(await db().ticket.count({ where: { orderId: placed.orderId } })).toBe(2);
    } finally {
      await worker.stop();
    }

    // A second restart finds nothing left to do: still one e-mail, two tickets.
    const again = await runWorker(url, true);
    await new Promise((r) => setTimeout(r, 1500));
    await again.stop();
    expect(await db().mailMessage.count({ where: { brandId: f.brand.id } })).toBe(1);
    expect(await db().ticket.count({ where: { orderId: placed.orderId } })).toBe(2);
    expect((await checkout.orderForBrand(f.brand.id, placed.orderId)).status).toBe("fulfilled");
  });
});

describe("when the process is killed after an order is placed and before the fan pays", () => {
  it("lets no hold outlive its expiry: the units are free by time, and on restart the order expires", async () => {
    const f = await organizerWithEvent({ capacity: 3 });
    const placed = await placeOrderFlow({
      brandSlug: f.brand.slug,
      eventId: f.event.id,
      buyer: buyer(),
      lines: [{ productId: f.productId, quantity: 3 }],
    });
    const order = await db().order.findUniqueOrThrow({ where: { id: placed.orderId } });
    // Time passes beyond the hold while nothing runs; the dead process had locked its expiry job.
    await db().hold.update({ where: { id: order.holdId }, data: { expiresAt: new Date(Date.now() - 1000) } });
    const url = process.env.DATABASE_URL!;
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    await c.query(
      `UPDATE graphile_worker._private_jobs SET run_at = now(), locked_by = 'worker-killed-9', locked_at = now() WHERE task_id = (SELECT id FROM graphile_worker._private_tasks WHERE identifier = 'expire-hold')`,
    );
    await c.end();
    const { availability, keyOf } = await import("@/server/inventory");
    const free = async () =>
      (await availability(f.brand.id, [{ productId: f.productId, variantId: null }], new Date()))[
        keyOf({ productId: f.productId, variantId: null })
      ];
    expect(await free()).toBe(3); // by time, before any job has run

    const worker = await runWorker(url, true);
    try {
      const expired = await until(
        async () =>
          (await db().order.findUniqueOrThrow({ where: { id: placed.orderId } })).status === "expired",
      );
      expect(expired).toBe(true);
      expect((await db().hold.findUniqueOrThrow({ where: { id: order.holdId } })).status).toBe("expired");
      expect((await db().payment.findFirstOrThrow({ where: { orderId: placed.orderId } })).status).toBe(
        "expired",
      );
    } finally {
      await worker.stop();
    }
    expect(await free()).toBe(3);
  });
});

describe("reclaiming jobs from dead workers", () => {
  it("unlocks the jobs of a worker whose process's session is gone, and leaves a living worker's alone", async () => {
    const { reclaimOrphanedJobs } = await import("@/server/platform/jobs");
    const url = process.env.DATABASE_URL!;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    const alive = new pg.Client({ connectionString: url });
    await alive.connect();
    const dying = new pg.Client({ connectionString: url });
    await dying.connect();
    try {
      for (const [id, c] of [
        ["worker-alive", alive],
        ["worker-dying", dying],
      ] as const) {
        await c.query(
          `INSERT INTO job_worker (worker_id, backend_pid, backend_start) SELECT $1, pid, backend_start FROM pg_stat_activity WHERE pid = pg_backend_pid()`,
          [id],
        );
        await admin.query(
          `SELECT graphile_worker.add_job('send-mail', json_build_object('id', $1::text), job_key := $1::text)`,
          [id],
        );
        await admin.query(
          `UPDATE graphile_worker._private_jobs SET locked_by = $1, locked_at = now() WHERE key = $1`,
          [id],
        );
      }
      const lockedBy = async () =>
        (
          await admin.query(
            `SELECT key, locked_by FROM graphile_worker._private_jobs WHERE key LIKE 'worker-%' ORDER BY key`,
          )
        ).rows;

      expect(await reclaimOrphanedJobs(admin)).toBe(0);
      const pid = (await dying.query(`SELECT pg_backend_pid() AS pid`)).rows[0].pid;
      await dying.end(); // the process dies: PostgreSQL ends its session
      await until(
        async () =>
          (await admin.query(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE pid = $1`, [pid])).rows[0]
            .n === 0,
      );
      expect(await reclaimOrphanedJobs(admin)).toBe(1);
      expect(await lockedBy()).toEqual([
        { key: "worker-alive", locked_by: "worker-alive" },
        { key: "worker-dying", locked_by: null },
      ]);
      expect((await admin.query(`SELECT worker_id FROM job_worker ORDER BY worker_id`)).rows).toEqual([
        { worker_id: "worker-alive" },
      ]);
    } finally {
      await alive.end();
      await admin.end();
    }
  });
});
