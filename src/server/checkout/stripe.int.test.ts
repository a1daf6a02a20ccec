// Checkout with Stripe: the real SDK against a local stub of Stripe's HTTP API, real PostgreSQL,
// and webhook deliveries signed the way Stripe signs them.
import { describe, it, expect, beforeAll, afterAll } from "vitest";
import type { StripeStub, StubSession } from "@/test/stripe-stub";
import type { CheckoutEvent } from "@/server/checkout";

const SECRET = "whsec_test_marquee_0123456789abcdef";
const system = { kind: "system" as const, label: "test" };
const STRIPE_ENV = [
  "PAYMENT_PROVIDER",
  "STRIPE_SECRET_KEY",
  "STRIPE_WEBHOOK_SECRET",
  "STRIPE_API_HOST",
  "STRIPE_API_PORT",
  "STRIPE_API_PROTOCOL",
] as const;

let stub: StripeStub;
let signedEvent: typeof import("@/test/stripe-stub").signedEvent;
let db: typeof import("@/server/platform/db").db;
let checkout: typeof import("@/server/checkout");
let inventory: typeof import("@/server/inventory");
let placeOrderFlow: typeof import("@/test/edge").placeOrderFlow;
let subscribers: typeof import("@/server/workflows/subscriptions").subscribers;
let fixtures: typeof import("@/test/fixtures");
let stripeProvider: () => import("./infrastructure/payment-port").PaymentProvider;

beforeAll(async () => {
  // config() parses process.env once, on first use: switch to Stripe before any app module runs.
  const stubModule = await import("@/test/stripe-stub");
  stub = await stubModule.startStripeStub();
  signedEvent = stubModule.signedEvent;
  Object.assign(process.env, {
    PAYMENT_PROVIDER: "stripe",
    STRIPE_SECRET_KEY: "sk_test_marquee_stub",
    STRIPE_WEBHOOK_SECRET: SECRET,
    STRIPE_API_HOST: stub.host,
    STRIPE_API_PORT: String(stub.port),
    STRIPE_API_PROTOCOL: "http",
  });
  const { config } = await import("@/server/platform/config");
  expect(config()).toMatchObject({ PAYMENT_PROVIDER: "stripe", STRIPE_API_PORT: stub.port });
  db = (await import("@/server/platform/db")).db;
  checkout = await import("@/server/checkout");
  inventory = await import("@/server/inventory");
  placeOrderFlow = (await import("@/test/edge")).placeOrderFlow;
  subscribers = (await import("@/server/workflows/subscriptions")).subscribers;
  fixtures = await import("@/test/fixtures");
  const { createStripeProvider } = await import("./infrastructure/stripe-adapter");
  stripeProvider = createStripeProvider;
});

afterAll(async () => {
  await stub?.close();
  for (const name of STRIPE_ENV) delete process.env[name];
});

/** A pending order for 2 of 5 tickets at 20 EUR, with its Checkout Session at the stub. */
async function pendingOrder(brand?: Awaited<ReturnType<typeof fixtures.organizerWithEvent>>) {
  const f = brand ?? (await fixtures.organizerWithEvent({ capacity: 5 }));
  const placedAt = Date.now();
  const placed = await placeOrderFlow({
    brandSlug: f.brand.slug,
    eventId: f.event.id,
    buyer: fixtures.buyer(),
    lines: [{ productId: f.productId, quantity: 2 }],
  });
  const payment = await db().payment.findFirstOrThrow({ where: { orderId: placed.orderId } });
  const order = await db().order.findUniqueOrThrow({ where: { id: placed.orderId } });
  return {
    ...f,
    ...placed,
    placedAt,
    payment,
    paymentId: payment.id,
    sessionId: payment.providerRef!,
    holdId: order.holdId,
  };
}

/** Stripe POSTs this event to our webhook (what the route hands to the handler). */
function deliver(type: string, session: StubSession, opts: { eventId?: string } = {}) {
  const { payload, signature } = signedEvent(type, session, SECRET, opts);
  return checkout.handleStripeWebhook(payload, signature, new Date());
}

async function orderStatus(orderId: string) {
  return (await db().order.findUniqueOrThrow({ where: { id: orderId } })).status;
}

async function eventTypes(orderId: string) {
  return (
    await db().storedEvent.findMany({ where: { streamId: `order-${orderId}` }, orderBy: { position: "asc" } })
  ).map((e) => e.type);
}

async function orderPaidCount(orderId: string) {
  return db().storedEvent.count({ where: { streamId: `order-${orderId}`, type: "OrderPaid" } });
}

async function left(o: { brand: { id: string }; productId: string }) {
  const a = await inventory.availability(
    o.brand.id,
    [{ productId: o.productId, variantId: null }],
    new Date(),
  );
  return a[inventory.keyOf({ productId: o.productId, variantId: null })];
}

async function holdReleased(o: { holdId: string }) {
  return (await db().hold.findUniqueOrThrow({ where: { id: o.holdId } })).status === "released";
}

describe("placing an order with Stripe", () => {
  it("creates a Checkout Session and sends the fan to its URL", async () => {
    const o = await pendingOrder();
    const s = stub.session(o.sessionId);
    expect(o.redirectUrl).toBe(s.url);
    expect(o.payment).toMatchObject({
      provider: "stripe",
      status: "pending",
      providerRef: s.id,
      checkoutUrl: s.url,
    });
    expect(s).toMatchObject({
      status: "open",
      payment_status: "unpaid",
      amount_total: 4000,
      currency: "eur",
      customer_email: "fan1@example.com",
      client_reference_id: o.paymentId,
      metadata: { paymentId: o.paymentId, orderId: o.orderId },
    });
    expect(s.success_url).toMatch(
      new RegExp(`/pay/return/${o.paymentId}\\?session_id=\\{CHECKOUT_SESSION_ID\\}$`),
    );
    const create = stub
      .requestsTo("POST", "/v1/checkout/sessions")
      .find((r) => r.idempotencyKey === `checkout-session:${o.paymentId}`)!;
    expect(create.body).toMatchObject({
      mode: "payment",
      line_items: [
        {
          quantity: "1",
          price_data: {
            currency: "eur",
            unit_amount: "4000",
            product_data: { name: expect.stringMatching(/^Order MQ-/) },
          },
        },
      ],
    });
  });

  it("asks Stripe to keep the session at least 30 minutes (its minimum), beyond the 10-minute hold", async () => {
    const o = await pendingOrder();
    const expiresAt = stub.session(o.sessionId).expires_at;
    expect(expiresAt * 1000).toBeGreaterThanOrEqual(o.placedAt + 30 * 60_000);
    expect(o.payment.expiresAt?.getTime()).toBe(expiresAt * 1000);
  });

  describe("when Stripe answers 500 once", () => {
    it("retries with the same Idempotency-Key and ends up with one session", async () => {
      stub.failNext("POST /v1/checkout/sessions", 1);
      const before = stub.requestsTo("POST", "/v1/checkout/sessions").length;
      const o = await pendingOrder();
      const creates = stub.requestsTo("POST", "/v1/checkout/sessions").slice(before);
      expect(creates.map((r) => r.status)).toEqual([500, 200]);
      expect(stub.requestsWithKey(`checkout-session:${o.paymentId}`)).toBe(2);
      expect(new Set(creates.map((r) => r.idempotencyKey))).toEqual(
        new Set([`checkout-session:${o.paymentId}`]),
      );
      expect(o.redirectUrl).toBe(stub.session(o.sessionId).url);
    });
  });

  describe("when the same payment is started twice", () => {
    it("gets the same session back, not a second one", async () => {
      const provider = stripeProvider();
      const start = {
        paymentId: `pay_twice_${Date.now()}`,
        orderId: "ord_twice",
        brandId: "brd_twice",
        reference: "MQ-TWICE",
        amount: 1500,
        currency: "EUR",
        description: "Order MQ-TWICE",
        buyerEmail: "fan1@example.com",
        holdExpiresAt: new Date(Date.now() + 2 * 3600_000),
        returnUrl: "http://localhost:3000/pay/return/x",
        cancelUrl: "http://localhost:3000/s/x",
      };
      const first = await provider.start(start);
      const second = await provider.start(start);
      expect(second).toEqual(first);
      expect(stub.requestsWithKey(`checkout-session:${start.paymentId}`)).toBe(2);
      expect(first.expiresAt?.getTime()).toBe(Math.floor(start.holdExpiresAt.getTime() / 1000) * 1000); // a long hold is the session's end
    });
  });
});

describe("the Stripe webhook", () => {
  describe("when the signature is bad or missing", () => {
    it("answers 400 and the order stays pending", async () => {
      const o = await pendingOrder();
      const paid = stub.pay(o.sessionId);
      const { payload, signature } = signedEvent("checkout.session.completed", paid, "whsec_someone_else");
      expect(await checkout.handleStripeWebhook(payload, signature, new Date())).toMatchObject({
        status: 400,
      });
      expect(await checkout.handleStripeWebhook(payload, null, new Date())).toMatchObject({ status: 400 });
      const good = signedEvent("checkout.session.completed", paid, SECRET);
      const tampered = good.payload.replace(`"payment_status": "paid"`, `"payment_status": "paid" `);
      expect(await checkout.handleStripeWebhook(tampered, good.signature, new Date())).toMatchObject({
        status: 400,
      });
      expect(await orderStatus(o.orderId)).toBe("pending");
      expect(await eventTypes(o.orderId)).toEqual(["OrderPlaced"]);
    });

    it("answers 400 to a correctly signed delivery that is too old (a replay)", async () => {
      const o = await pendingOrder();
      const { payload, signature } = signedEvent(
        "checkout.session.completed",
        stub.pay(o.sessionId),
        SECRET,
        { timestamp: Math.floor(Date.now() / 1000) - 3600 },
      );
      expect(await checkout.handleStripeWebhook(payload, signature, new Date())).toMatchObject({
        status: 400,
      });
      expect(await orderStatus(o.orderId)).toBe("pending");
    });
  });

  describe("through the route (POST /api/webhooks/stripe)", () => {
    it("verifies the raw body against the Stripe-Signature header and pays the order", async () => {
      const { POST } = await import("@/app/api/webhooks/stripe/route");
      const o = await pendingOrder();
      const { payload, signature } = signedEvent("checkout.session.completed", stub.pay(o.sessionId), SECRET);
      const post = (headers: Record<string, string>) =>
        POST(
          new Request("http://localhost/api/webhooks/stripe", {
            method: "POST",
            body: payload,
            headers: { "content-type": "application/json", ...headers },
          }),
        );
      expect((await post({})).status).toBe(400);
      expect(await orderStatus(o.orderId)).toBe("pending");
      const res = await post({ "stripe-signature": signature });
      expect(res.status).toBe(200);
      expect(await res.text()).toBe(`Order ${o.orderId} is paid.`);
      expect(await orderPaidCount(o.orderId)).toBe(1);
    });
  });

  describe("checkout.session.completed, paid", () => {
    it("pays the order once", async () => {
      const o = await pendingOrder();
      const r = await deliver("checkout.session.completed", stub.pay(o.sessionId));
      expect(r.status).toBe(200);
      expect(await orderStatus(o.orderId)).toBe("paid");
      expect(await orderPaidCount(o.orderId)).toBe(1);
    });

    it("delivered twice (Stripe retries) still leaves one OrderPaid", async () => {
      const o = await pendingOrder();
      const paid = stub.pay(o.sessionId);
      const first = await deliver("checkout.session.completed", paid, { eventId: "evt_dup_1" });
      const second = await deliver("checkout.session.completed", paid, { eventId: "evt_dup_1" });
      expect([first.status, second.status]).toEqual([200, 200]);
      expect(await orderPaidCount(o.orderId)).toBe(1);
    });

    it("arriving after the return page already confirmed changes nothing", async () => {
      const o = await pendingOrder();
      const paid = stub.pay(o.sessionId);
      expect(await checkout.settleFromProvider(o.paymentId, new Date(), system)).toMatchObject({
        status: "paid",
      });
      expect((await deliver("checkout.session.completed", paid)).status).toBe(200);
      expect(await orderPaidCount(o.orderId)).toBe(1);
    });

    it("arriving before the return page makes the return page a no-op", async () => {
      const o = await pendingOrder();
      await deliver("checkout.session.completed", stub.pay(o.sessionId));
      const lookups = stub.requestsTo("GET", `/v1/checkout/sessions/${o.sessionId}`).length;
      expect(await checkout.settleFromProvider(o.paymentId, new Date(), system)).toMatchObject({
        orderId: o.orderId,
        status: "paid",
      });
      expect(stub.requestsTo("GET", `/v1/checkout/sessions/${o.sessionId}`)).toHaveLength(lookups); // settled: Stripe isn't even asked
      expect(await orderPaidCount(o.orderId)).toBe(1);
    });

    it("whose metadata was lost still finds the payment by its session id", async () => {
      const o = await pendingOrder();
      const paid = { ...stub.pay(o.sessionId), metadata: {} };
      expect((await deliver("checkout.session.completed", paid)).status).toBe(200);
      expect(await orderStatus(o.orderId)).toBe("paid");
    });
  });

  describe("an asynchronous payment (completed unpaid, then settled)", () => {
    it("keeps the order pending until it fails, then cancels it and releases its hold", async () => {
      const o = await pendingOrder();
      expect(await left(o)).toBe(3);
      expect(
        (await deliver("checkout.session.completed", stub.pay(o.sessionId, { async: true }))).status,
      ).toBe(200);
      expect(await orderStatus(o.orderId)).toBe("pending");
      expect(await checkout.settleFromProvider(o.paymentId, new Date(), system)).toMatchObject({
        status: "pending",
      }); // the return page waits too

      expect(
        (await deliver("checkout.session.async_payment_failed", stub.settleAsync(o.sessionId, "failed")))
          .status,
      ).toBe(200);
      expect(await orderStatus(o.orderId)).toBe("cancelled");
      expect(await eventTypes(o.orderId)).toEqual(["OrderPlaced", "PaymentFailed", "OrderCancelled"]);
      await fixtures.dispatchUntil(subscribers, () => holdReleased(o));
      expect(await left(o)).toBe(5);

      // The same failure delivered again: nothing more happens.
      expect((await deliver("checkout.session.async_payment_failed", stub.session(o.sessionId))).status).toBe(
        200,
      );
      expect(await eventTypes(o.orderId)).toEqual(["OrderPlaced", "PaymentFailed", "OrderCancelled"]);
    });

    it("pays the order when it succeeds", async () => {
      const o = await pendingOrder();
      await deliver("checkout.session.completed", stub.pay(o.sessionId, { async: true }));
      expect(
        (
          await deliver(
            "checkout.session.async_payment_succeeded",
            stub.settleAsync(o.sessionId, "succeeded"),
          )
        ).status,
      ).toBe(200);
      expect(await orderStatus(o.orderId)).toBe("paid");
      expect(await orderPaidCount(o.orderId)).toBe(1);
    });

    it("that failed is seen as failed by the return page even if the webhook never came", async () => {
      const o = await pendingOrder();
      stub.pay(o.sessionId, { async: true });
      stub.settleAsync(o.sessionId, "failed");
      expect(await checkout.settleFromProvider(o.paymentId, new Date(), system)).toMatchObject({
        status: "cancelled",
      });
      expect(await eventTypes(o.orderId)).toEqual(["OrderPlaced", "PaymentFailed", "OrderCancelled"]);
    });
  });

  describe("checkout.session.expired", () => {
    it("expires the order and releases its hold; a late duplicate changes nothing", async () => {
      const o = await pendingOrder();
      const expired = stub.expire(o.sessionId);
      expect((await deliver("checkout.session.expired", expired)).status).toBe(200);
      expect(await orderStatus(o.orderId)).toBe("expired");
      expect(await eventTypes(o.orderId)).toEqual(["OrderPlaced", "PaymentExpired", "OrderCancelled"]);
      await fixtures.dispatchUntil(subscribers, () => holdReleased(o));
      expect(await left(o)).toBe(5);
      await deliver("checkout.session.expired", expired);
      expect(await eventTypes(o.orderId)).toEqual(["OrderPlaced", "PaymentExpired", "OrderCancelled"]);
    });

    it("arriving after the order was paid changes nothing", async () => {
      const o = await pendingOrder();
      const paid = stub.pay(o.sessionId);
      await deliver("checkout.session.completed", paid);
      expect((await deliver("checkout.session.expired", { ...paid, status: "expired" })).status).toBe(200);
      expect(await orderStatus(o.orderId)).toBe("paid");
      expect(await eventTypes(o.orderId)).toEqual(["OrderPlaced", "OrderPaid"]);
    });
  });

  describe("for a session that is not ours", () => {
    it("answers 200 and changes nothing", async () => {
      const o = await pendingOrder();
      const foreign = {
        ...stub.session(o.sessionId),
        id: "cs_test_someone_else",
        metadata: {},
        client_reference_id: null,
        status: "complete" as const,
        payment_status: "paid" as const,
      };
      const before = await db().storedEvent.count();
      expect(await deliver("checkout.session.completed", foreign)).toMatchObject({ status: 200 });
      const unknownId = { ...foreign, metadata: { paymentId: "pay_does_not_exist" } };
      expect(await deliver("checkout.session.completed", unknownId)).toMatchObject({ status: 200 });
      expect(await db().storedEvent.count()).toBe(before);
      expect(await orderStatus(o.orderId)).toBe("pending");
    });

    it("answers 200 to event types it does not handle", async () => {
      const { payload, signature } = signedEvent(
        "customer.created",
        { id: "cus_123", object: "customer" },
        SECRET,
      );
      expect(await checkout.handleStripeWebhook(payload, signature, new Date())).toMatchObject({
        status: 200,
      });
    });
  });
});

describe("a session that does not match the payment it names", () => {
  /** The refusals recorded on an order's stream (the brand's audit log shows them). */
  async function mismatches(orderId: string) {
    const { readStream } = await import("@/server/eventlog");
    const events = await readStream<CheckoutEvent>(`order-${orderId}`);
    return events.flatMap((e) => (e.type === "PaymentMismatched" ? [e.payload] : []));
  }
  async function paymentStatus(paymentId: string) {
    return (await db().payment.findUniqueOrThrow({ where: { id: paymentId } })).status;
  }

  describe("delivered by a signed webhook", () => {
    it("refuses 1 US cent for a 40 EUR order and records why; the genuine session still pays", async () => {
      const o = await pendingOrder();
      const paid = stub.pay(o.sessionId);
      const r = await deliver("checkout.session.completed", { ...paid, amount_total: 1, currency: "usd" });
      expect(r.status).toBe(200); // recorded; a retry from Stripe could not change the answer
      expect(r.body).toMatch(/^Refused/);
      expect(await orderStatus(o.orderId)).toBe("pending");
      expect(await paymentStatus(o.paymentId)).toBe("pending");
      expect(await mismatches(o.orderId)).toEqual([
        expect.objectContaining({
          paymentId: o.paymentId,
          sessionId: o.sessionId,
          reasons: ["amount", "currency"],
          received: { amount: 1, currency: "usd" },
          expected: { amount: 4000, currency: "EUR" },
          source: "payment:stripe-webhook",
        }),
      ]);

      expect((await deliver("checkout.session.completed", paid)).status).toBe(200);
      expect(await orderStatus(o.orderId)).toBe("paid");
      expect(await orderPaidCount(o.orderId)).toBe(1);
    });

    it("refuses the wrong amount in the right currency", async () => {
      const o = await pendingOrder();
      await deliver("checkout.session.completed", { ...stub.pay(o.sessionId), amount_total: 3999 });
      expect(await orderStatus(o.orderId)).toBe("pending");
      expect((await mismatches(o.orderId)).map((m) => m.reasons)).toEqual([["amount"]]);
    });

    it("refuses the right amount in another currency", async () => {
      const o = await pendingOrder();
      await deliver("checkout.session.completed", { ...stub.pay(o.sessionId), currency: "usd" });
      expect(await orderStatus(o.orderId)).toBe("pending");
      expect((await mismatches(o.orderId)).map((m) => m.reasons)).toEqual([["currency"]]);
    });

    it("refuses another session of the same brand and amount that names this payment", async () => {
      const brand = await fixtures.organizerWithEvent({ capacity: 5 });
      const o = await pendingOrder(brand);
      const other = await pendingOrder(brand);
      const paidOther = stub.pay(other.sessionId);
      await deliver("checkout.session.completed", {
        ...paidOther,
        metadata: { ...paidOther.metadata, paymentId: o.paymentId, orderId: o.orderId },
      });
      expect(await orderStatus(o.orderId)).toBe("pending");
      expect(await orderStatus(other.orderId)).toBe("pending");
      expect(await mismatches(o.orderId)).toEqual([
        expect.objectContaining({ sessionId: other.sessionId, reasons: ["session"] }),
      ]);
    });

    it("refuses one brand's session naming another brand's payment, and cannot expire that order either", async () => {
      const a = await pendingOrder();
      const b = await pendingOrder();
      expect(stub.session(a.sessionId).metadata).toMatchObject({ brandId: a.brand.id });
      const paidA = stub.pay(a.sessionId);
      await deliver("checkout.session.completed", {
        ...paidA,
        metadata: { ...paidA.metadata, paymentId: b.paymentId },
      });
      await deliver("checkout.session.expired", {
        ...paidA,
        status: "expired",
        metadata: { ...paidA.metadata, paymentId: b.paymentId },
      });
      expect(await orderStatus(b.orderId)).toBe("pending");
      expect(await eventTypes(b.orderId)).toEqual(["OrderPlaced", "PaymentMismatched"]); // the same refusal, recorded once
      expect((await mismatches(b.orderId))[0]).toMatchObject({ reasons: ["session", "order", "brand"] });
      expect(await orderStatus(a.orderId)).toBe("pending");
    });

    it("refuses its own session when the metadata names a payment that does not exist", async () => {
      const o = await pendingOrder();
      const paid = stub.pay(o.sessionId);
      await deliver("checkout.session.completed", {
        ...paid,
        metadata: { ...paid.metadata, paymentId: "pay_made_up" },
      });
      expect(await orderStatus(o.orderId)).toBe("pending");
      expect((await mismatches(o.orderId)).map((m) => m.reasons)).toEqual([["payment"]]);
    });

    it("shows the refusal in the brand's audit log", async () => {
      const o = await pendingOrder();
      await deliver("checkout.session.completed", { ...stub.pay(o.sessionId), amount_total: 1 });
      const { auditTrail } = await import("@/server/eventlog");
      const seen = () => db().auditEntry.count({ where: { brandId: o.brand.id, type: "PaymentMismatched" } });
      await fixtures.dispatchUntil([auditTrail], async () => (await seen()) === 1);
    });
  });

  describe("found by the return page, reconciliation or the hold's end (they ask Stripe)", () => {
    it("the return page leaves the order pending and records the refusal", async () => {
      const o = await pendingOrder();
      stub.pay(o.sessionId);
      stub.tamper(o.sessionId, { amount_total: 1, currency: "usd" });
      expect(
        await checkout.settleFromProvider(o.paymentId, new Date(), {
          kind: "system",
          label: "payment:return-page",
        }),
      ).toMatchObject({ status: "pending" });
      expect(await paymentStatus(o.paymentId)).toBe("pending");
      expect(await mismatches(o.orderId)).toEqual([
        expect.objectContaining({ reasons: ["amount", "currency"], source: "payment:return-page" }),
      ]);
    });

    it("reconciliation leaves the order pending and records the refusal once", async () => {
      const o = await pendingOrder();
      stub.pay(o.sessionId);
      stub.tamper(o.sessionId, {
        metadata: { ...stub.session(o.sessionId).metadata, brandId: "brd_someone_else" },
      });
      const actor = { kind: "system" as const, label: "payment:reconciliation" };
      await checkout.reconcilePendingPayments(new Date(), 0, actor);
      await checkout.reconcilePendingPayments(new Date(), 0, actor);
      expect(await orderStatus(o.orderId)).toBe("pending");
      expect(await mismatches(o.orderId)).toEqual([
        expect.objectContaining({ reasons: ["brand"], source: "payment:reconciliation" }),
      ]);
    });

    it("at the hold's end, a paid but mismatched session expires the order and is recorded", async () => {
      const o = await pendingOrder();
      stub.pay(o.sessionId);
      stub.tamper(o.sessionId, { amount_total: 1 });
      await checkout.expirePaymentForHold(o.holdId, new Date(), system);
      expect(await orderStatus(o.orderId)).toBe("expired");
      expect(await eventTypes(o.orderId)).toEqual([
        "OrderPlaced",
        "PaymentMismatched",
        "PaymentExpired",
        "OrderCancelled",
      ]);
    });
  });
});

describe("the Stripe adapter", () => {
  it("expires the session at Stripe when the hold ends, and the later expired webhook is harmless", async () => {
    const o = await pendingOrder();
    await checkout.expirePaymentForHold(o.holdId, new Date(), system);
    expect(stub.session(o.sessionId).status).toBe("expired");
    expect(await orderStatus(o.orderId)).toBe("expired");
    await deliver("checkout.session.expired", stub.session(o.sessionId));
    expect(await eventTypes(o.orderId)).toEqual(["OrderPlaced", "PaymentExpired", "OrderCancelled"]);
  });

  it("treats expiring a session that already ended as done, and still fails on an unknown one", async () => {
    const o = await pendingOrder();
    stub.pay(o.sessionId);
    await expect(stripeProvider().expire(o.sessionId)).resolves.toBeUndefined();
    const p = await pendingOrder();
    stub.expire(p.sessionId);
    await expect(stripeProvider().expire(p.sessionId)).resolves.toBeUndefined();
    await expect(stripeProvider().expire("cs_test_missing")).rejects.toThrow(/No such checkout.session/);
  });

  it("reports a session's state to the return page and reconciliation", async () => {
    const o = await pendingOrder();
    const provider = stripeProvider();
    expect((await provider.lookup(o.sessionId)).state).toBe("unpaid");
    stub.pay(o.sessionId);
    expect(await provider.lookup(o.sessionId)).toEqual({
      state: "paid",
      session: {
        provider: "stripe",
        sessionId: o.sessionId,
        paymentId: o.paymentId,
        orderId: o.orderId,
        brandId: o.brand.id,
        amount: 4000,
        currency: "eur",
      },
    });
    const e = await pendingOrder();
    stub.expire(e.sessionId);
    expect((await provider.lookup(e.sessionId)).state).toBe("expired");
  });

  it("refunds the session's payment once per idempotency key", async () => {
    const o = await pendingOrder();
    stub.pay(o.sessionId);
    const provider = stripeProvider();
    const refund = {
      providerRef: o.sessionId,
      amount: 4000,
      currency: "EUR",
      idempotencyKey: `refund-test:${o.orderId}`,
    };
    const first = await provider.refund(refund);
    const second = await provider.refund(refund);
    expect(first.refundRef).toMatch(/^re_/);
    expect(second).toEqual(first);
    expect(
      stub.requestsTo("POST", "/v1/refunds").filter((r) => r.idempotencyKey === refund.idempotencyKey),
    ).toHaveLength(2);
    // A different key would be a second refund, which the stub (like Stripe) refuses: nothing left.
    await expect(
      provider.refund({ ...refund, idempotencyKey: `refund-test-2:${o.orderId}` }),
    ).rejects.toThrow(/greater than unrefunded/);
  });
});
