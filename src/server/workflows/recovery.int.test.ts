// "Never lose a paid order": the process dies after payment and before the e-mail is sent.
// On restart the worker finds the work in the database and finishes it, once.
import { describe, it, expect } from "vitest";
import pg from "pg";
import { db } from "@/server/platform/db";
import * as checkout from "@/server/checkout";
import { placeOrderFlow } from "@/server/workflows";
import { runWorker } from "../../../scripts/lib/worker";
import { organizerWithEvent, buyer } from "@/test/fixtures";

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
    const placed = await placeOrderFlow({ brandSlug: f.brand.slug, eventId: f.event.id, buyer: buyer(), lines: [{ productId: f.productId, quantity: 2 }] });
    const payment = await db().payment.findFirstOrThrow({ where: { orderId: placed.orderId } });
    await checkout.confirmPayment(payment.id, "succeeded", new Date(), { kind: "system", label: "test" });

    // The dead process had picked up the pending jobs: they are locked by a worker that no longer exists.
    const url = process.env.DATABASE_URL!;
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    await c.query(`UPDATE graphile_worker._private_jobs SET locked_by = 'worker-killed-9', locked_at = now()`);
    await c.end();
    expect(await db().ticket.count({ where: { orderId: placed.orderId } })).toBe(0);

    const worker = await runWorker(url, true);
    try {
      const mail = await until(() => db().mailMessage.findFirst({ where: { brandId: f.brand.id, status: "sent" } }));
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
