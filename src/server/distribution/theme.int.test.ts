import { describe, expect, it } from "vitest";
import { db } from "@/server/platform/db";
import * as distribution from "@/server/distribution";
import { organizerWithEvent } from "@/test/fixtures";
import { refusal } from "@/test/domain-error";
import { checkoutCart, updateCart } from "@/test/edge";

const PNG = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...new Array(64).fill(7)]);
const SVG = new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>');
/** The DNS as the brand's owner has set it up: its token at _marquee-verify.<its domain>. */
function publishedBy(brandId: string): distribution.TxtLookup {
  return async (name) => {
    const brand = await distribution.brandById(brandId);
    if (name !== `_marquee-verify.${brand.customDomain}`) return [];
    const token = brand.customDomainToken!;
    return [["v=1"], [token.slice(0, 20), token.slice(20)]]; // long records come in parts
  };
}
const noRecords: distribution.TxtLookup = async () => [];

const theme = {
  primaryColor: "#0F172A",
  accentColor: "#f59e0b",
  background: "dark",
  font: "fraunces",
  buttonShape: "pill",
};

describe("the brand's theme", () => {
  it("is saved (colours lowercased) and recorded as an event", async () => {
    const f = await organizerWithEvent();
    await distribution.setTheme(f.actor, f.brand.id, theme);
    const brand = await distribution.brandById(f.brand.id);
    expect(distribution.themeOf(brand)).toEqual({
      ...theme,
      primaryColor: "#0f172a",
      logoUrl: null,
      faviconUrl: null,
    });
    expect(
      await db().storedEvent.count({ where: { streamId: `brand-${f.brand.id}`, type: "ThemeChanged" } }),
    ).toBe(1);
  });

  it("refuses a bad value at its field and changes nothing", async () => {
    const f = await organizerWithEvent();
    expect(
      await refusal(distribution.setTheme(f.actor, f.brand.id, { ...theme, accentColor: "orange" })),
    ).toEqual({ code: "Invalid", message: "Use a colour like #7c3aed for the accent colour" });
    expect(
      await refusal(distribution.setTheme(f.actor, f.brand.id, { ...theme, font: "comic-sans" })),
    ).toEqual({ code: "Invalid", message: "Choose one of the fonts offered" });
    expect((await distribution.brandById(f.brand.id)).font).toBe("system");
  });

  it("stores a PNG logo behind an address of its own, and refuses SVG and oversized files", async () => {
    const f = await organizerWithEvent();
    await distribution.setBrandImage(f.actor, f.brand.id, "logo", PNG);
    const brand = await distribution.brandById(f.brand.id);
    const url = distribution.themeOf(brand).logoUrl!;
    expect(url).toMatch(new RegExp(`^/files/brands/${f.brand.id.toLowerCase()}/logo-[0-9a-f]{16}\\.png$`));
    const file = await distribution.readFile(url.slice("/files/".length));
    expect(file?.contentType).toBe("image/png");
    expect(Buffer.from(file!.bytes).equals(Buffer.from(PNG))).toBe(true);
    expect(await refusal(distribution.setBrandImage(f.actor, f.brand.id, "logo", SVG))).toMatchObject({
      code: "Invalid",
      message: "Upload a PNG or JPEG image.",
    });
    const big = new Uint8Array(distribution.IMAGE_LIMITS.favicon + 1);
    big.set(PNG);
    expect(await refusal(distribution.setBrandImage(f.actor, f.brand.id, "favicon", big))).toMatchObject({
      code: "Invalid",
      message: "The image is too large: at most 200 kB.",
    });
    expect((await distribution.brandById(f.brand.id)).logoKey).toBe(brand.logoKey);
    expect(await distribution.readFile("../../etc/passwd")).toBeNull();
  });
});

describe("where the shop lives", () => {
  it("a verified domain names its brand, no other may take it; an unknown one names nobody", async () => {
    const a = await organizerWithEvent();
    const b = await organizerWithEvent();
    const host = `tickets.${a.brand.slug}.example`;
    await distribution.setShopPlaces(a.actor, a.brand.id, {
      customDomain: `https://${host.toUpperCase()}/`,
      embedOrigins: [],
    });
    await distribution.verifyCustomDomain(a.actor, a.brand.id, publishedBy(a.brand.id));
    expect(await distribution.placeOfHost(`${host}:443`)).toEqual({
      own: false,
      host,
      brandSlug: a.brand.slug,
    });
    expect(
      await refusal(
        distribution.setShopPlaces(b.actor, b.brand.id, { customDomain: host, embedOrigins: [] }),
      ),
    ).toEqual({ code: "Conflict", message: "Another brand already uses this domain." });
    expect(await distribution.placeOfHost("nobody.example")).toEqual({
      own: false,
      host: "nobody.example",
      brandSlug: null,
    });
    for (const own of [
      "localhost:3000",
      "127.0.0.1:3100",
      "[::1]:3000",
      "web",
      new URL(process.env.PUBLIC_URL ?? "http://localhost:3000").host,
    ])
      expect(await distribution.placeOfHost(own)).toEqual({ own: true });
    // Removing the domain frees it at once.
    await distribution.setShopPlaces(a.actor, a.brand.id, { customDomain: "", embedOrigins: [] });
    expect(
      (await distribution.placeOfHost(host)).own === false &&
        ((await distribution.placeOfHost(host)) as { brandSlug: string | null }).brandSlug,
    ).toBeNull();
  });

  it("only the brand's allowed origins may frame its embed", async () => {
    const f = await organizerWithEvent();
    expect(await distribution.frameAncestorsOf(f.brand.slug)).toBe("'self'");
    await distribution.setShopPlaces(f.actor, f.brand.id, {
      customDomain: "",
      embedOrigins: ["https://fans.example/", "http://127.0.0.1:4100"],
    });
    expect(await distribution.frameAncestorsOf(f.brand.slug)).toBe(
      "'self' https://fans.example http://127.0.0.1:4100",
    );
    expect(await distribution.embedAllowed(f.brand.slug, "https://fans.example")).toBe(true);
    expect(await distribution.embedAllowed(f.brand.slug, "https://evil.example")).toBe(false);
    expect(await distribution.embedAllowed(f.brand.slug, null)).toBe(false);
    expect(
      await refusal(
        distribution.setShopPlaces(f.actor, f.brand.id, {
          customDomain: "",
          embedOrigins: ["fans.example/page"],
        }),
      ),
    ).toMatchObject({ code: "Invalid" });
  });

  it("an order placed through the embed records the site its pass vouches for; the cart needs no cookie", async () => {
    const f = await organizerWithEvent();
    await distribution.setShopPlaces(f.actor, f.brand.id, {
      customDomain: "",
      embedOrigins: ["https://fans.example"],
    });
    const passOn = (referer: string) =>
      distribution.embedPassFor(f.brand, { referer, fetchDest: "iframe" }, new Date());
    const buy = async (embedPass: string | null, n: number) => {
      const cart = await updateCart(null, {
        brandSlug: f.brand.slug,
        eventId: f.event.id,
        lines: [{ productId: f.productId, quantity: 1 }],
      });
      const placed = await checkoutCart(cart.cartId, {
        brandSlug: f.brand.slug,
        buyer: { name: `Fan ${n}`, email: `fan${n}@example.com` },
        embedPass,
      });
      return (await db().order.findUniqueOrThrow({ where: { id: placed.orderId } })).channel;
    };
    expect(await buy(await passOn("https://fans.example/tickets"), 1)).toBe("embed:https://fans.example");
    expect(await buy(await passOn("https://evil.example/"), 2)).toBe("shop");
    expect(await buy(null, 3)).toBe("shop");
  });
});

describe("a brand's own domain", () => {
  async function claimed() {
    const a = await organizerWithEvent();
    const b = await organizerWithEvent();
    const host = `tickets.${b.brand.slug}.example`;
    await distribution.setShopPlaces(b.actor, b.brand.id, { customDomain: host, embedOrigins: [] });
    return { a, b, host };
  }

  describe("when it is verified", () => {
    it("serves its own shop, and another brand's event, order page, PDF and embed are not found", async () => {
      const { a, b, host } = await claimed();
      await distribution.verifyCustomDomain(b.actor, b.brand.id, publishedBy(b.brand.id));
      expect(await distribution.routeRequest(host, "/")).toEqual({
        kind: "rewrite",
        path: `/s/${b.brand.slug}`,
      });
      const event = `/s/${b.brand.slug}/${b.event.slug}`;
      expect(await distribution.routeRequest(host, `/${b.event.slug}`)).toEqual({
        kind: "rewrite",
        path: event,
      });
      expect(await distribution.routeRequest(host, `/s/${b.brand.slug}/orders/ord_1`)).toEqual({
        kind: "serve",
      });
      const [as, ae, bs] = [a.brand.slug, a.event.slug, b.brand.slug];
      const other = [
        `/s/${as}/${ae}`,
        `/s/${as}/orders/ord_1`,
        `/s/${as}/orders/ord_1/tickets.pdf`,
        `/embed/${as}/${ae}`,
      ];
      const disguised = [`/%73/${as}/${ae}`, `/s/${bs}/..%2F${as}/${ae}`, `//s//${as}/orders/ord_1`];
      for (const path of [...other, ...disguised, "/studio", "/api/auth/session"]) {
        expect(await distribution.routeRequest(host, path), path).toEqual({ kind: "not-found" });
      }
    });
  });

  describe("when it is claimed but not verified", () => {
    it("serves nothing, and the check says which record is missing", async () => {
      const { b, host } = await claimed();
      expect((await distribution.brandById(b.brand.id)).customDomainToken).toMatch(
        /^marquee-verify=[0-9a-f]{32}$/,
      );
      expect(await distribution.routeRequest(host, "/")).toEqual({ kind: "not-found" });
      expect(await distribution.routeRequest(host, `/s/${b.brand.slug}`)).toEqual({ kind: "not-found" });
      expect(await refusal(distribution.verifyCustomDomain(b.actor, b.brand.id, noRecords))).toEqual({
        code: "Invalid",
        message: `We did not find the TXT record at _marquee-verify.${host} yet. DNS changes can take a while to show; try again later.`,
      });
      expect(await distribution.routeRequest(host, "/")).toEqual({ kind: "not-found" });
    });

    it("another brand's claim neither blocks the owner nor survives the owner's verification", async () => {
      const { a, b, host } = await claimed();
      await distribution.setShopPlaces(a.actor, a.brand.id, { customDomain: host, embedOrigins: [] }); // a squatter
      await distribution.verifyCustomDomain(b.actor, b.brand.id, publishedBy(b.brand.id));
      expect(await distribution.routeRequest(host, "/")).toEqual({
        kind: "rewrite",
        path: `/s/${b.brand.slug}`,
      });
      expect(
        await refusal(distribution.verifyCustomDomain(a.actor, a.brand.id, publishedBy(b.brand.id))),
      ).toMatchObject({ code: "Invalid" });
    });

    it("a changed domain needs verifying again", async () => {
      const { b, host } = await claimed();
      await distribution.verifyCustomDomain(b.actor, b.brand.id, publishedBy(b.brand.id));
      await distribution.setShopPlaces(b.actor, b.brand.id, {
        customDomain: `shop.${host}`,
        embedOrigins: [],
      });
      expect(await distribution.routeRequest(`shop.${host}`, "/")).toEqual({ kind: "not-found" });
      expect(await distribution.routeRequest(host, "/")).toEqual({ kind: "not-found" });
    });
  });

  describe("when no brand has claimed it", () => {
    it("serves nothing at all", async () => {
      for (const path of ["/", "/night", "/s/demo", "/api/trpc/shop.offer"]) {
        expect(await distribution.routeRequest("tickets.nobody.example", path), path).toEqual({
          kind: "not-found",
        });
      }
    });
  });
});

describe("the brand's home page", () => {
  it("lists published events that have not ended, soonest first; past and draft events are hidden", async () => {
    const { shopEvents, createEvent, publishEvent } = await import("@/server/offering");
    const { createTicketType } = await import("@/server/workflows");
    const f = await organizerWithEvent(); // "Test Night", 2030-05-01
    const add = async (name: string, startsAt: string, endsAt: string, publish = true) => {
      const e = await createEvent(f.actor, f.brand.id, {
        name,
        venue: "Hall",
        description: "",
        timeZone: "Europe/Berlin",
        startsAt,
        endsAt,
      });
      await createTicketType(f.actor, f.brand, e.id, { name: "GA", price: 10, capacity: 5, maxPerOrder: 5 });
      if (publish) await publishEvent(f.actor, f.brand.id, e.id, new Date());
    };
    await add("Last Year", "2025-01-10T20:00", "2025-01-10T23:00");
    await add("Sooner", "2029-03-01T20:00", "2029-03-01T23:00");
    await add("Unpublished", "2029-04-01T20:00", "2029-04-01T23:00", false);
    await add("Running now", "2026-01-01T20:00", "2031-01-01T23:00");
    const now = new Date("2027-06-01T12:00:00Z");
    expect((await shopEvents(f.brand.id, now)).map((e) => e.name)).toEqual([
      "Running now",
      "Sooner",
      "Test Night",
    ]);
  });
});

describe("PDF tickets in the brand's look", () => {
  it("carry the uploaded logo in their header, on every page", async () => {
    const QRCode = (await import("qrcode")).default;
    const { orderTicketsPdf } = await import("@/server/workflows");
    const { placeOrderFlow } = await import("@/test/edge");
    const { subscribers } = await import("@/server/workflows/subscriptions");
    const checkout = await import("@/server/checkout");
    const { dispatchUntil } = await import("@/test/fixtures");
    const f = await organizerWithEvent();
    const placed = await placeOrderFlow({
      brandSlug: f.brand.slug,
      eventId: f.event.id,
      buyer: { name: "Pia", email: "pia@example.com" },
      lines: [{ productId: f.productId, quantity: 2 }],
    });
    const payment = await db().payment.findFirstOrThrow({ where: { orderId: placed.orderId } });
    await checkout.confirmPayment(payment.id, "succeeded", new Date(), { kind: "system", label: "test" });
    await dispatchUntil(
      subscribers,
      async () => (await db().ticket.count({ where: { orderId: placed.orderId } })) === 2,
    );
    const images = async () =>
      (await orderTicketsPdf(f.brand.id, placed.orderId)).pdf.toString("latin1").match(/\/Subtype \/Image/g)
        ?.length ?? 0;
    const before = await images(); // the two QR codes (with their transparency masks)
    expect(before).toBeGreaterThanOrEqual(2);
    await distribution.setBrandImage(
      f.actor,
      f.brand.id,
      "logo",
      new Uint8Array(await QRCode.toBuffer("logo", { type: "png", width: 64 })),
    );
    const pdf = (await orderTicketsPdf(f.brand.id, placed.orderId)).pdf.toString("latin1");
    expect(await images()).toBeGreaterThan(before); // the logo: one image object…
    // …drawn on both pages: each page's resources name an image more than before.
    expect(pdf.match(/\/XObject <<[^>]*>>/g)?.every((x) => (x.match(/\/I\d+/g)?.length ?? 0) === 2)).toBe(
      true,
    );
  });
});
