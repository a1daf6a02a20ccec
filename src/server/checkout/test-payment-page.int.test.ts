// The TEST MODE page and its action settle a payment only while the local test provider is the
// configured one AND the payment was made with it; every argument a client sends is parsed first.
import { describe, it, expect, vi, beforeAll } from "vitest";

const configured = vi.hoisted(() => ({ provider: "local" as "local" | "stripe" }));
vi.mock("@/server/platform/config", async (importOriginal) => {
  const real = await importOriginal<typeof import("@/server/platform/config")>();
  return { ...real, config: () => ({ ...real.config(), PAYMENT_PROVIDER: configured.provider }) };
});

const { db } = await import("@/server/platform/db");
const fixtures = await import("@/test/fixtures");
const { placeOrderFlow } = await import("@/test/edge");
const { settleTestPayment } = await import("@/app/pay/test/[payment]/actions");
const { default: TestPaymentPage } = await import("@/app/pay/test/[payment]/page");

/** What Next.js would answer: a redirect, a 404, or an error (a 500). */
async function answer(work: () => Promise<unknown>): Promise<string> {
  try {
    await work();
    return "RENDERED";
  } catch (e) {
    const digest = (e as { digest?: string }).digest ?? "";
    if (digest.startsWith("NEXT_REDIRECT")) return `REDIRECT ${digest.split(";")[2]}`;
    if (digest === "NEXT_HTTP_ERROR_FALLBACK;404") return "404";
    return `500 ${String(e)}`;
  }
}
const page = (payment: unknown) =>
  answer(() => TestPaymentPage({ params: Promise.resolve({ payment: payment as string }) }));

async function localPayment() {
  configured.provider = "local";
  const f = await fixtures.organizerWithEvent();
  const placed = await placeOrderFlow({
    brandSlug: f.brand.slug,
    eventId: f.event.id,
    buyer: fixtures.buyer(),
    lines: [{ productId: f.productId, quantity: 1 }],
  });
  const payment = await db().payment.findFirstOrThrow({ where: { orderId: placed.orderId } });
  expect(payment.provider).toBe("local");
  return { ...placed, paymentId: payment.id };
}
const orderStatus = async (orderId: string) =>
  (await db().order.findUniqueOrThrow({ where: { id: orderId } })).status;

let before: Awaited<ReturnType<typeof localPayment>>;
beforeAll(async () => {
  before = await localPayment();
});

describe("the TEST MODE payment page", () => {
  describe("while the local test provider is configured", () => {
    it("shows a local payment and pays it with one click", async () => {
      const o = await localPayment();
      expect(await page(o.paymentId)).toBe("RENDERED");
      expect(await answer(() => settleTestPayment(o.paymentId, "succeeded"))).toMatch(
        /^REDIRECT \/s\/.+\/orders\//,
      );
      expect(await orderStatus(o.orderId)).toBe("paid");
    });
  });

  describe("after the switch to Stripe", () => {
    it("answers 404, and a local payment made before the switch can no longer be settled there", async () => {
      configured.provider = "stripe";
      try {
        expect(await page(before.paymentId)).toBe("404");
        expect(await answer(() => settleTestPayment(before.paymentId, "succeeded"))).toBe("404");
        expect(await answer(() => settleTestPayment(before.paymentId, "failed"))).toBe("404");
        expect(await orderStatus(before.orderId)).toBe("pending");
        expect((await db().payment.findUniqueOrThrow({ where: { id: before.paymentId } })).status).toBe(
          "pending",
        );
      } finally {
        configured.provider = "local";
      }
    });
  });

  describe("for a payment made with another provider", () => {
    it("answers 404 even while the local provider is configured", async () => {
      const o = await localPayment();
      await db().payment.update({
        where: { id: o.paymentId },
        data: { provider: "stripe", providerRef: `cs_test_${o.paymentId}` },
      });
      expect(await page(o.paymentId)).toBe("404");
      expect(await answer(() => settleTestPayment(o.paymentId, "succeeded"))).toBe("404");
      expect(await orderStatus(o.orderId)).toBe("pending");
    });
  });

  describe("when a client sends malformed arguments", () => {
    const malformed: [string, unknown, unknown][] = [
      ["an object as the payment", { id: before?.paymentId }, "succeeded"],
      ["a Prisma filter as the payment", { not: "x" }, "succeeded"],
      ["a huge string as the payment", "p".repeat(1_000_000), "succeeded"],
      ["a NUL byte in the payment", "pay_\u0000", "succeeded"],
      ["nothing at all", undefined, undefined],
      ["null", null, null],
      ["a number", 42, "succeeded"],
    ];
    for (const [what, paymentId, outcome] of malformed) {
      it(`refuses ${what} with a 404, never a 500`, async () => {
        expect(await answer(() => settleTestPayment(paymentId as string, outcome as "succeeded"))).toBe(
          "404",
        );
      });
    }
    it("refuses an outcome that is not Pay or Decline, and the order stays pending", async () => {
      for (const outcome of [
        "refunded",
        "SUCCEEDED",
        ["succeeded"],
        { toString: () => "succeeded" },
        "s".repeat(100_000),
        1,
      ]) {
        expect(
          await answer(() => settleTestPayment(before.paymentId, outcome as "succeeded")),
          String(outcome).slice(0, 20),
        ).toBe("404");
      }
      expect(await orderStatus(before.orderId)).toBe("pending");
    });
    it("answers 404 for a page address that is not a payment id", async () => {
      expect(await page("p".repeat(10_000))).toBe("404");
      expect(await page("pay_nope")).toBe("404");
    });
  });
});
