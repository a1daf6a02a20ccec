// The live offer for a crowd (issue 13, docs/adr/0024), through the route handler with real
// Requests: it reads snapshots shared by the process, sees any change within a second, costs no
// query while fresh, never lets a stale snapshot sell what is gone, and says a CDN may keep it.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import pg from "pg";
import { GET, POST } from "@/app/api/trpc/[trpc]/route";
import { clock } from "@/server/platform/clock";
import { FRESH_MS } from "@/server/platform/fresh";
import { transaction } from "@/server/platform/unit-of-work";
import { db } from "@/server/platform/db";
import * as inventory from "@/server/inventory";
import { PUBLIC_CACHE_CONTROL } from "@/server/api/public-reads";
import { placeOrderFlow } from "@/test/edge";
import { buyer, organizerWithEvent } from "@/test/fixtures";

// next-auth needs Next's runtime; a fan has no session anyway.
vi.mock("@/server/platform/auth", () => ({ currentUser: async () => null }));

type Fixture = Awaited<ReturnType<typeof organizerWithEvent>>;
type Offer = { items: { name: string; available: number }[] };

let now = 0;
beforeEach(() => {
  now = Date.now();
  vi.spyOn(clock, "now").mockImplementation(() => new Date(now));
});
afterEach(() => vi.restoreAllMocks());

const BASE = "http://shop.test/api/trpc";
const offerUrl = (f: Fixture, extra: Record<string, unknown> = {}) =>
  `${BASE}/shop.offer?input=${encodeURIComponent(
    JSON.stringify({ json: { brandSlug: f.brand.slug, eventId: f.event.id, ...extra } }),
  )}`;

async function offer(f: Fixture): Promise<Offer> {
  const res = await GET(new Request(offerUrl(f)));
  expect(res.status).toBe(200);
  return ((await res.json()) as { result: { data: { json: Offer } } }).result.data.json;
}
const left = async (f: Fixture) => (await offer(f)).items[0]!.available;

const meta = (f: Fixture) => ({
  actor: "test",
  brandId: f.brand.id,
  correlationId: "offer",
  causationId: null,
});

/** A hold placed as another app process would: this process hears nothing of it. */
async function holdElsewhere(f: Fixture, quantity: number, forMs: number) {
  const key = { productId: f.productId, variantId: null };
  const draws = (await inventory.drawsFor(f.brand.id, [key])).get(inventory.keyOf(key))!;
  const line = {
    productId: f.productId,
    variantId: null,
    productName: "General",
    quantity,
    draws,
    contains: [],
  };
  const { holdId } = await transaction((uow) =>
    inventory.placeHold(uow, meta(f), f.brand.id, [line], new Date(now), new Date(now + forMs)),
  );
  return holdId;
}

describe("the live offer", () => {
  it("shows a hold, a sale, a release and a hold running out within a second, without the expiry job", async () => {
    const f = await organizerWithEvent({ capacity: 10 });
    expect(await left(f)).toBe(10);

    const sold = await holdElsewhere(f, 3, 60_000);
    now += FRESH_MS;
    expect(await left(f)).toBe(7);

    const released = await holdElsewhere(f, 2, 60_000);
    now += FRESH_MS;
    expect(await left(f)).toBe(5);
    await inventory.releaseHold(meta(f), released);
    now += FRESH_MS;
    expect(await left(f)).toBe(7);

    // Sold: the 3 stay taken after the hold's time.
    await inventory.confirmHold(meta(f), sold, new Date(now), `order_${sold}`);
    const runsOut = await holdElsewhere(f, 4, 5_000);
    now += FRESH_MS;
    expect(await left(f)).toBe(3);

    // Its time is up: free at that instant, though still active in the database (no expiry job ran).
    now += 5_000 - FRESH_MS;
    expect(await left(f)).toBe(7);
    expect((await db().hold.findUniqueOrThrow({ where: { id: runsOut } })).status).toBe("active");
  });

  it("asks the database nothing for two requests in its fresh window, then one version query per snapshot", async () => {
    const f = await organizerWithEvent({ capacity: 10 });
    expect(await left(f)).toBe(10);
    const queries = vi.spyOn(pg.Client.prototype, "query");

    now += 10;
    expect(await left(f)).toBe(10);
    now += FRESH_MS / 2;
    expect(await left(f)).toBe(10);
    expect(queries).not.toHaveBeenCalled();

    // The window is over: the brand, the catalog and the event's pools are each checked, none re-read.
    now += FRESH_MS;
    expect(await left(f)).toBe(10);
    expect(queries).toHaveBeenCalledTimes(3);
  });

  it("still looks up a promo code on every request, fresh window or not (wrong codes are counted)", async () => {
    const f = await organizerWithEvent({ capacity: 10 });
    const coded = () => GET(new Request(offerUrl(f, { promoCode: "GUESS1" })));
    expect((await coded()).status).toBe(200);
    const queries = vi.spyOn(pg.Client.prototype, "query");
    now += 10;
    expect((await coded()).status).toBe(200);
    expect(queries).toHaveBeenCalled();
  });

  it("never lets a stale snapshot sell: the hold is refused by the pool itself", async () => {
    const f = await organizerWithEvent({ capacity: 1 });
    expect(await left(f)).toBe(1);
    await holdElsewhere(f, 1, 60_000);
    // Within its fresh window the snapshot has not heard of that hold, and still says there is room…
    expect(await left(f)).toBe(1);

    // …but the hold asks the pool row, which has none.
    await expect(
      placeOrderFlow({
        brandSlug: f.brand.slug,
        eventId: f.event.id,
        buyer: buyer(2),
        lines: [{ productId: f.productId, quantity: 1 }],
      }),
    ).rejects.toMatchObject({ code: "SoldOut" });
    const [pool] = await db().pool.findMany({ where: { brandId: f.brand.id } });
    expect(pool!.sold + pool!.held).toBe(1);
    expect((await inventory.checkPools()).breaks).toEqual([]);
  });

  it("sees this process's own writes at once: a mutation ends the fresh window", async () => {
    const f = await organizerWithEvent({ capacity: 5 });
    expect(await left(f)).toBe(5);
    const res = await POST(
      new Request(`${BASE}/shop.updateCart`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({
          json: {
            brandSlug: f.brand.slug,
            eventId: f.event.id,
            lines: [{ productId: f.productId, quantity: 2 }],
            cartToken: null,
          },
        }),
      }),
    );
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).not.toBe(PUBLIC_CACHE_CONTROL);
    expect(await left(f)).toBe(3);
  });
});

describe("the offer's Cache-Control", () => {
  it("lets a CDN keep a GET of offers only, for a second, with no cookie", async () => {
    const f = await organizerWithEvent({ capacity: 10 });
    const one = await GET(new Request(offerUrl(f)));
    expect(one.status).toBe(200);
    expect(one.headers.get("cache-control")).toBe(PUBLIC_CACHE_CONTROL);
    expect(one.headers.get("set-cookie")).toBeNull();

    const json = { brandSlug: f.brand.slug, eventId: f.event.id };
    const batch = `${BASE}/shop.offer,shop.offer?batch=1&input=${encodeURIComponent(
      JSON.stringify({ 0: { json }, 1: { json: { ...json, channel: "embed" } } }),
    )}`;
    const both = await GET(new Request(batch, { headers: { cookie: "mq_cart_x=abc" } }));
    expect(both.status).toBe(200);
    expect(both.headers.get("cache-control")).toBe(PUBLIC_CACHE_CONTROL);

    // A promo code changes the answer, and it is in the URL.
    const coded = await GET(new Request(offerUrl(f, { promoCode: "NOSUCHCODE" })));
    expect(coded.status).toBe(200);
    expect(coded.headers.get("cache-control")).toBe(PUBLIC_CACHE_CONTROL);
  });

  it("is not set on a batch with any other procedure, on an error, or on a POST", async () => {
    const f = await organizerWithEvent({ capacity: 10 });
    const json = { brandSlug: f.brand.slug, eventId: f.event.id };
    const withCart = `${BASE}/shop.offer,shop.cart?batch=1&input=${encodeURIComponent(
      JSON.stringify({ 0: { json }, 1: { json: { brandSlug: f.brand.slug } } }),
    )}`;
    const mixed = await GET(new Request(withCart));
    expect(mixed.status).toBe(200);
    expect(mixed.headers.get("cache-control")).not.toBe(PUBLIC_CACHE_CONTROL);

    const missing = await GET(new Request(offerUrl(f, { eventId: "no-such-event" })));
    expect(missing.status).toBe(404);
    expect(missing.headers.get("cache-control")).not.toBe(PUBLIC_CACHE_CONTROL);

    const post = await POST(
      new Request(`${BASE}/shop.offer`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ json }),
      }),
    );
    expect(post.status).toBe(405); // a query is not answered to a POST
    expect(post.headers.get("cache-control")).not.toBe(PUBLIC_CACHE_CONTROL);
  });
});
