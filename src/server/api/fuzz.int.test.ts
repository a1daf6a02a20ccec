// 5,000 malformed payloads at every checkout procedure and the Stripe webhook: no 5xx, and no
// row of any table changes (the rate limiter's own counters aside).
import { describe, it, expect, vi, beforeAll } from "vitest";
import fc from "fast-check";
import { getHTTPStatusCodeFromError } from "@trpc/server/http";
import { TRPCError } from "@trpc/server";

vi.hoisted(() => {
  process.env.RATE_LIMIT_HOLDS_PER_MINUTE = "1000000";
  process.env.RATE_LIMIT_ORDERS_PER_MINUTE = "1000000";
});

// Every shop procedure, read from the router: a new one is fuzzed without anyone listing it.
const { appRouter } = await import("@/server/api/root");
const PROCEDURES = Object.keys(
  (appRouter as unknown as { _def: { procedures: Record<string, unknown> } })._def.procedures,
)
  .filter((k) => k.startsWith("shop."))
  .map((k) => k.slice("shop.".length) as "order");

describe("malformed input at the checkout edges", () => {
  let caller: Awaited<ReturnType<typeof makeCaller>>;
  let fixture: Awaited<ReturnType<typeof import("@/test/fixtures").organizerWithEvent>>;

  async function makeCaller() {
    const { createCaller } = await import("@/server/api/root");
    return createCaller({
      user: null,
      request: { clientKey: "fuzz", cookie: () => null, setCookie: () => {} },
    });
  }

  async function rowCounts() {
    const { db } = await import("@/server/platform/db");
    const rows = await db().$queryRaw<
      { table_name: string }[]
    >`SELECT table_name::text AS table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name NOT IN ('rate_limit', '_prisma_migrations')`;
    const counts: Record<string, number> = {};
    for (const { table_name } of rows)
      counts[table_name] = Number(
        (await db().$queryRawUnsafe<{ n: bigint }[]>(`SELECT count(*) AS n FROM "${table_name}"`))[0]!.n,
      );
    return counts;
  }

  beforeAll(async () => {
    const { organizerWithEvent } = await import("@/test/fixtures");
    fixture = await organizerWithEvent({ capacity: 5 });
    caller = await makeCaller();
  });

  it("answers 5,000 of them with 4xx, never 5xx, and changes nothing", async () => {
    const before = await rowCounts();
    const { handleStripeWebhook } = await import("@/server/checkout");
    // Payloads: anything JSON-like, and near-misses built from real ids with wrong types or values.
    const nearMiss = fc.record(
      {
        brandSlug: fc.oneof(fc.constant(fixture.brand.slug), fc.string(), fc.integer()),
        eventId: fc.oneof(fc.constant(fixture.event.id), fc.string(), fc.constant(null)),
        lines: fc.oneof(
          fc.array(
            fc.record(
              {
                productId: fc.oneof(fc.constant(fixture.productId), fc.string()),
                quantity: fc.oneof(
                  fc.integer({ min: -5, max: 0 }),
                  fc.integer({ min: 51, max: 100000 }),
                  fc.double(),
                  fc.string(),
                ),
              },
              { requiredKeys: [] },
            ),
            { maxLength: 25 },
          ),
          fc.anything(),
        ),
        buyer: fc.oneof(
          fc.record({ name: fc.string({ maxLength: 300 }), email: fc.string() }),
          fc.anything(),
        ),
        promoCode: fc.oneof(fc.string({ maxLength: 60 }), fc.integer(), fc.constant(null)),
        orderId: fc.string(),
        key: fc.string(),
        itemIds: fc.oneof(fc.array(fc.string(), { maxLength: 5 }), fc.anything()),
      },
      { requiredKeys: [] },
    );
    expect(PROCEDURES).toEqual(
      expect.arrayContaining([
        "offer",
        "quote",
        "cart",
        "updateCart",
        "checkoutCart",
        "placeOrder",
        "order",
        "refundItems",
      ]),
    );
    const payload = fc.oneof(fc.anything(), fc.jsonValue(), nearMiss);
    let sent = 0;
    const statuses = new Map<number, number>();
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...PROCEDURES), payload, async (procedure, input) => {
        sent++;
        try {
          await (caller.shop[procedure] as (i: unknown) => Promise<unknown>)(input);
          statuses.set(200, (statuses.get(200) ?? 0) + 1);
        } catch (e) {
          expect(e).toBeInstanceOf(TRPCError);
          const status = getHTTPStatusCodeFromError(e as TRPCError);
          statuses.set(status, (statuses.get(status) ?? 0) + 1);
          expect(
            status,
            `${procedure} ${JSON.stringify(input)?.slice(0, 200)} → ${(e as Error).message}`,
          ).toBeLessThan(500);
        }
      }),
      { numRuns: 4500 },
    );
    // The webhook: bodies and signatures that are not Stripe's.
    await fc.assert(
      fc.asyncProperty(
        fc.string({ maxLength: 500 }),
        fc.option(fc.string({ maxLength: 200 })),
        async (body, signature) => {
          sent++;
          const r = await handleStripeWebhook(body, signature, new Date());
          expect(r.status).toBeGreaterThanOrEqual(400);
          expect(r.status).toBeLessThan(500 + (process.env.STRIPE_WEBHOOK_SECRET ? 0 : 100)); // 503 when Stripe is not configured
        },
      ),
      { numRuns: 500 },
    );
    expect(sent).toBe(5000);
    expect(statuses.get(500) ?? 0).toBe(0);
    // The payloads reach past the validators too: unknown brands and events (404), valid reads (200).
    expect(statuses.get(400) ?? 0).toBeGreaterThan(1000);
    expect(statuses.get(404) ?? 0).toBeGreaterThan(50);
    expect(await rowCounts()).toEqual(before);
  }, 240_000);
});

describe("Studio reads with input the database cannot take", () => {
  it("answers a NUL byte in the orders search and a date that does not exist with 400, not 500", async () => {
    const { organizerWithEvent } = await import("@/test/fixtures");
    const { createCaller } = await import("@/server/api/root");
    const f = await organizerWithEvent();
    const caller = createCaller({
      user: f.user,
      request: { clientKey: "fuzz", cookie: () => null, setCookie: () => {} },
    });
    const statusOf = (p: Promise<unknown>) =>
      p.then(
        () => 200,
        (e) => getHTTPStatusCodeFromError(e as TRPCError),
      );
    expect(await statusOf(caller.studio.orders({ brandSlug: f.brand.slug, search: "a\u0000b" }))).toBe(400);
    expect(await statusOf(caller.studio.orders({ brandSlug: f.brand.slug, from: "2026-13-45" }))).toBe(400);
    expect(await statusOf(caller.studio.orders({ brandSlug: f.brand.slug, to: "2026-02-30" }))).toBe(400);
    expect(
      await statusOf(caller.studio.orders({ brandSlug: f.brand.slug, from: "2026-02-28", search: "x" })),
    ).toBe(200);
  });
});
