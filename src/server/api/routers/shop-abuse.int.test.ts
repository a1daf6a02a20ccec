// What a scripted client must not get past at the shop's edge: the rate limits by forging its
// address, the promo codes by guessing, and a brand's embed sales figures by claiming a site.
import { describe, it, expect, vi, beforeAll, afterAll } from "vitest";
import { TRPCError } from "@trpc/server";

vi.hoisted(() => {
  process.env.RATE_LIMIT_HOLDS_PER_MINUTE = "3";
  process.env.RATE_LIMIT_ORDERS_PER_MINUTE = "2";
  process.env.RATE_LIMIT_PROMO_GUESSES_PER_MINUTE = "20";
});
// The session is next-auth's (it needs Next's runtime); these callers are signed out.
vi.mock("@/server/platform/auth", () => ({ currentUser: async () => null }));

const { createContext } = await import("@/server/api/trpc");
const { createCaller } = await import("@/server/api/root");
const { organizerWithEvent, buyer } = await import("@/test/fixtures");
const distribution = await import("@/server/distribution");
const pricing = await import("@/server/pricing");
const { db } = await import("@/server/platform/db");
const { clock } = await import("@/server/platform/clock");

type Fixture = Awaited<ReturnType<typeof organizerWithEvent>>;
const at = (f: Fixture) => ({ brandSlug: f.brand.slug, eventId: f.event.id });
const one = (f: Fixture) => [{ productId: f.productId, quantity: 1 }];

/** A caller for one HTTP request with these headers, as the tRPC route builds it. */
async function callerFor(headers: Record<string, string>) {
  const req = new Request("http://localhost/api/trpc", { headers });
  return createCaller(await createContext({ req, resHeaders: new Headers() }));
}

/** A caller whose every request comes from one client, with its own cookie jar. */
function clientCaller(address: string) {
  const jar = new Map<string, string>();
  return {
    jar,
    caller: () =>
      createCaller({
        user: null,
        request: {
          clientKey: address,
          cookie: (n) => jar.get(n) ?? null,
          setCookie: (n, v) => void jar.set(n, v),
        },
      }),
  };
}

async function codeOf(p: Promise<unknown>): Promise<string> {
  try {
    await p;
    return "OK";
  } catch (e) {
    if (e instanceof TRPCError) return e.code;
    throw e;
  }
}

describe("when Marquee is served without a proxy (TRUSTED_PROXIES=0, the default)", () => {
  let f: Fixture;
  beforeAll(async () => {
    f = await organizerWithEvent({ capacity: 100 });
    process.env.MARQUEE_FRONT = "socket"; // what scripts/lib/web-server.mjs sets in its process
  });
  afterAll(() => {
    delete process.env.MARQUEE_FRONT;
  });

  // npm start's front server writes the connection's address into x-marquee-client-address.
  const fromOneSocket = (i: number, address = "203.0.113.7") => ({
    "x-forwarded-for": `10.9.${i >> 8}.${i & 255}`,
    "x-marquee-client-address": address,
  });

  it("keys the hold limit on the connection's address: rotating X-Forwarded-For does not escape it", async () => {
    const codes: string[] = [];
    for (let i = 0; i < 5; i++) {
      const caller = await callerFor(fromOneSocket(i));
      codes.push(await codeOf(caller.shop.updateCart({ ...at(f), lines: one(f) })));
    }
    expect(codes).toEqual(["OK", "OK", "OK", "TOO_MANY_REQUESTS", "TOO_MANY_REQUESTS"]);
  });

  it("keys the order limit on it too", async () => {
    const codes: string[] = [];
    for (let i = 0; i < 4; i++) {
      const caller = await callerFor(fromOneSocket(100 + i, "203.0.113.8"));
      codes.push(await codeOf(caller.shop.placeOrder({ ...at(f), buyer: buyer(i), lines: one(f) })));
    }
    expect(codes).toEqual(["OK", "OK", "TOO_MANY_REQUESTS", "TOO_MANY_REQUESTS"]);
  });

  it("ignores an address header a client sent itself when no front server wrote it", async () => {
    delete process.env.MARQUEE_FRONT;
    try {
      const codes: string[] = [];
      for (let i = 0; i < 4; i++) {
        const caller = await callerFor({
          "x-forwarded-for": `10.8.0.${i}`,
          "x-marquee-client-address": `198.51.100.${i}`,
        });
        codes.push(await codeOf(caller.shop.placeOrder({ ...at(f), buyer: buyer(10 + i), lines: one(f) })));
      }
      expect(codes).toEqual(["OK", "OK", "TOO_MANY_REQUESTS", "TOO_MANY_REQUESTS"]);
    } finally {
      process.env.MARQUEE_FRONT = "socket";
    }
  });
});

describe("guessing promo codes", () => {
  let f: Fixture;
  beforeAll(async () => {
    f = await organizerWithEvent({ capacity: 100 });
    const friends = { code: "FRIENDS", kind: "percent", value: "10", scope: "cart", eventId: f.event.id };
    await pricing.createPromo(f.actor, f.brand.id, friends, {
      productIds: new Set(),
      eventIds: new Set([f.event.id]),
    });
  });

  it("answers 20 wrong codes a minute, then 429 with words — even for the right code", async () => {
    const client = clientCaller("198.51.100.20");
    const answers: string[] = [];
    for (let i = 0; i < 20; i++) {
      const offer = await client.caller().shop.offer({ ...at(f), promoCode: `GUESS${i}` });
      answers.push(offer.promo?.valid ? "valid" : "wrong");
    }
    expect(answers).toEqual(new Array(20).fill("wrong"));
    const limited = await client
      .caller()
      .shop.offer({ ...at(f), promoCode: "FRIENDS" })
      .catch((e: unknown) => e);
    expect(limited).toBeInstanceOf(TRPCError);
    expect((limited as TRPCError).code).toBe("TOO_MANY_REQUESTS");
    expect((limited as TRPCError).message).toMatch(/^Too many wrong codes\. Try again in \d+ s\.$/);
    // The quote and the cart are limited by the same count.
    const line = one(f);
    expect(await codeOf(client.caller().shop.quote({ ...at(f), lines: line, promoCode: "FRIENDS" }))).toBe(
      "TOO_MANY_REQUESTS",
    );
    expect(
      await codeOf(client.caller().shop.updateCart({ ...at(f), lines: line, promoCode: "GUESS99" })),
    ).toBe("TOO_MANY_REQUESTS");
    // Browsing without a code is not limited, and another client is not affected.
    expect((await client.caller().shop.offer({ ...at(f) })).items.length).toBeGreaterThan(0);
    expect(
      (
        await clientCaller("198.51.100.21")
          .caller()
          .shop.offer({ ...at(f), promoCode: "friends" })
      ).promo?.valid,
    ).toBe(true);
  });

  it("counts wrong codes tried through the quote, and never the right one", async () => {
    const client = clientCaller("198.51.100.22");
    const line = one(f);
    for (let i = 0; i < 30; i++) await client.caller().shop.offer({ ...at(f), promoCode: "FRIENDS" });
    const codes: string[] = [];
    for (let i = 0; i < 21; i++)
      codes.push(await codeOf(client.caller().shop.quote({ ...at(f), lines: line, promoCode: `NOPE${i}` })));
    expect(codes.slice(0, 20)).toEqual(new Array(20).fill("BAD_REQUEST"));
    expect(codes[20]).toBe("TOO_MANY_REQUESTS");
  });

  it("refuses parallel guesses beyond the limit too", async () => {
    const client = clientCaller("198.51.100.23");
    const results = await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        codeOf(client.caller().shop.offer({ ...at(f), promoCode: `PAR${i}` })),
      ),
    );
    expect(results.filter((r) => r === "OK")).toHaveLength(20);
  });
});

describe("the embed channel of an order", () => {
  let a: Fixture;
  let b: Fixture;
  beforeAll(async () => {
    a = await organizerWithEvent({ capacity: 100 });
    b = await organizerWithEvent({ capacity: 100 });
    await distribution.setShopPlaces(a.actor, a.brand.id, {
      customDomain: "",
      embedOrigins: ["https://allowed.example"],
    });
    await distribution.setShopPlaces(b.actor, b.brand.id, {
      customDomain: "",
      embedOrigins: ["https://allowed.example"],
    });
  });

  /** Hold one ticket in brand `f`'s shop and check out with these extra fields; the channel recorded. */
  async function channelOf(f: Fixture, extra: Record<string, unknown>, n: number): Promise<string> {
    const client = clientCaller(`192.0.2.${n}`);
    await client.caller().shop.updateCart({ ...at(f), lines: one(f), channel: "embed" });
    const placed = await client
      .caller()
      .shop.checkoutCart({ brandSlug: f.brand.slug, buyer: buyer(n), ...extra });
    return (await db().order.findUniqueOrThrow({ where: { id: placed.orderId } })).channel;
  }

  /** What the embed page hands its frame when a browser loads it inside a page on `origin`. */
  const passFor = (f: Fixture, origin: string) =>
    distribution.embedPassFor(
      f.brand,
      { referer: `${origin}/tickets.html`, fetchDest: "iframe" },
      clock.now(),
    );

  it("records the plain shop for a forged embed origin and no pass", async () => {
    expect(await channelOf(a, { embedOrigin: "https://allowed.example" }, 1)).toBe("shop");
    expect(await channelOf(a, { embedPass: "forged.pass" }, 2)).toBe("shop");
  });

  it("records the embed origin from a valid pass", async () => {
    const pass = await passFor(a, "https://allowed.example");
    expect(pass).not.toBeNull();
    expect(await channelOf(a, { embedPass: pass }, 3)).toBe("embed:https://allowed.example");
  });

  it("gives no pass outside a frame or for a site the brand has not allowed", async () => {
    const inPage = { referer: "https://allowed.example/", fetchDest: "document" };
    expect(await distribution.embedPassFor(a.brand, inPage, clock.now())).toBeNull();
    expect(
      await distribution.embedPassFor(a.brand, { referer: null, fetchDest: "iframe" }, clock.now()),
    ).toBeNull();
    expect(await passFor(a, "https://elsewhere.example")).toBeNull();
  });

  it("does not take brand A's pass for brand B, nor an expired one", async () => {
    const pass = await passFor(a, "https://allowed.example");
    expect(await channelOf(b, { embedPass: pass }, 4)).toBe("shop");
    const twoDaysAgo = new Date(Date.now() - 2 * 24 * 3600_000);
    const old = await distribution.embedPassFor(
      a.brand,
      { referer: "https://allowed.example/", fetchDest: "iframe" },
      twoDaysAgo,
    );
    expect(await channelOf(a, { embedPass: old }, 5)).toBe("shop");
  });
});
