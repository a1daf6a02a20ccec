import { describe, expect, it } from "vitest";
import { embedBrandOf, normalizePath, pageInLanguage, routeOnHost, shopBrandOf } from "./routing";

describe("normalizePath: the path the proxy decides on", () => {
  it.each([
    ["/embed/%61lpha/night", "/embed/alpha/night"],
    ["/%65mbed/alpha/night", "/embed/alpha/night"],
    ["//embed///alpha/night/", "/embed/alpha/night"],
    ["/s/b/../a/night", "/s/a/night"],
    ["/s/b/%2e%2e/a/night", "/s/a/night"],
    ["/s/b/..%2Fa/night", "/s/a/night"],
    ["/./x/.", "/x"],
    ["/../../x", "/x"],
    ["/", "/"],
  ])("%s → %s", (raw, path) => expect(normalizePath(raw)).toBe(path));
  it.each(["/%E0%A4%A", "/a%00b", "/a\\b", "/%5Cs/a", "relative"])("refuses %j", (raw) =>
    expect(normalizePath(raw)).toBeNull(),
  );
});

describe("embedBrandOf", () => {
  it("names the brand of an embed path, however it was encoded", () => {
    expect(embedBrandOf(normalizePath("/embed/%61lpha/night"))).toBe("alpha");
    expect(embedBrandOf("/s/alpha/night")).toBeNull();
  });
});

describe("routeOnHost", () => {
  const mine = { own: false as const, host: "tickets.b.example", brandSlug: "b" };
  describe("on Marquee's own host", () => {
    it("serves every path as it is", () => {
      expect(routeOnHost({ own: true }, "/s/a/night")).toEqual({ kind: "serve" });
      expect(routeOnHost({ own: true }, "/studio/a")).toEqual({ kind: "serve" });
    });
  });
  describe("on a brand's verified domain", () => {
    it("rewrites its home, event pages and order pages onto its shop", () => {
      expect(routeOnHost(mine, "/")).toEqual({ kind: "rewrite", path: "/s/b" });
      expect(routeOnHost(mine, "/night")).toEqual({ kind: "rewrite", path: "/s/b/night" });
      const pdf = "/orders/ord_1/tickets.pdf";
      expect(routeOnHost(mine, pdf)).toEqual({ kind: "rewrite", path: `/s/b${pdf}` });
    });
    it("serves its own /s/<brand> links, the shop API, files and assets", () => {
      const shared = ["/api/trpc/shop.offer", "/files/brands/x.png", "/_next/static/x.js", "/fonts/a.woff2"];
      for (const p of [
        "/s/b",
        "/s/b/night",
        "/s/b/orders/ord_1",
        "/embed/b/night",
        "/pay/return/pay_1",
        ...shared,
      ]) {
        expect(routeOnHost(mine, p), p).toEqual({ kind: "serve" });
      }
    });
    it("finds nothing of another brand, Studio, sign-in or Marquee's other APIs", () => {
      const marquee = ["/studio", "/studio/b", "/api/auth/session", "/api/health", "/api/webhooks/stripe"];
      for (const p of ["/s/a", "/s/a/night", "/s/a/orders/ord_1/tickets.pdf", "/embed/a/night", ...marquee]) {
        expect(routeOnHost(mine, p), p).toEqual({ kind: "not-found" });
      }
    });
  });
  describe("on a domain no brand has verified", () => {
    it("finds nothing at all", () => {
      const nobody = { own: false as const, host: "tickets.nobody.example", brandSlug: null };
      for (const p of ["/", "/night", "/s/a/night", "/api/trpc/shop.offer", "/files/x.png"]) {
        expect(routeOnHost(nobody, p), p).toEqual({ kind: "not-found" });
      }
    });
  });
});

describe("a fan's page in a language", () => {
  it("renders in the brand's default language at its public path, as it is", () => {
    expect(pageInLanguage("/s/demo", "en", "en")).toEqual({ brandSlug: "demo", path: "/s/demo" });
    expect(pageInLanguage("/s/demo/", "fr", "fr")).toEqual({ brandSlug: "demo", path: "/s/demo" });
    expect(pageInLanguage("/s/demo/summer", "de", "de")?.path).toBe("/s/demo/summer");
    expect(pageInLanguage("/embed/demo/summer", "en", "en")?.path).toBe("/embed/demo/summer");
  });

  it("renders in another language under the internal tree the URL never shows", () => {
    expect(pageInLanguage("/s/demo", "fr", "en")).toEqual({ brandSlug: "demo", path: "/in/fr/s/demo" });
    expect(pageInLanguage("/s/demo/", "fr", "en")).toEqual({ brandSlug: "demo", path: "/in/fr/s/demo" });
    expect(pageInLanguage("/s/demo/summer", "de", "fr")?.path).toBe("/in/de/s/demo/summer");
    expect(pageInLanguage("/s/demo/orders/ord_1", "de", "en")?.path).toBe("/in/de/s/demo/orders/ord_1");
    expect(pageInLanguage("/embed/demo/summer", "fr", "en")?.path).toBe("/in/fr/embed/demo/summer");
  });

  it("leaves every other page alone", () => {
    expect(pageInLanguage("/studio/demo", "fr", "en")).toBeNull();
    expect(pageInLanguage("/embed/demo", "fr", "en")).toBeNull();
    expect(shopBrandOf("/pay/test/x")).toBeNull();
    expect(shopBrandOf("/s/demo/summer")).toBe("demo");
  });

  it("never serves the internal tree to a request from outside", () => {
    const own = { own: true as const };
    for (const p of ["/in", "/in/fr", "/in/fr/s/demo/summer", "/in/de/embed/demo/summer"]) {
      expect(routeOnHost(own, p), p).toEqual({ kind: "not-found" });
    }
    expect(routeOnHost(own, "/index")).toEqual({ kind: "serve" });
    expect(routeOnHost(own, "/s/demo/in")).toEqual({ kind: "serve" });
  });
});
