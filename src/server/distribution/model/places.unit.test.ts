import { describe, expect, it } from "vitest";
import { normalizeHost, normalizeOrigin, placesInput } from "./places";

describe("normalizeHost", () => {
  it.each([
    ["tickets.example.com", "tickets.example.com"],
    ["Tickets.Example.COM:443", "tickets.example.com"],
    ["tickets.example.com.", "tickets.example.com"],
  ])("%s → %s", (raw, host) => expect(normalizeHost(raw)).toBe(host));
  it.each(["", null, "localhost", "exa mple.com", "-bad.example.com", "example", "a..b.com", "http://x.com"])(
    "refuses %j",
    (raw) => expect(normalizeHost(raw)).toBeNull(),
  );
});

describe("normalizeOrigin", () => {
  it("keeps scheme, host and port", () => {
    expect(normalizeOrigin("https://Brand.com/")).toBe("https://brand.com");
    expect(normalizeOrigin("http://127.0.0.1:4100")).toBe("http://127.0.0.1:4100");
  });
  it.each([
    "brand.com",
    "ftp://brand.com",
    "https://brand.com/shop",
    "https://u:p@brand.com",
    "https://brand.com/?x=1",
    "javascript:alert(1)",
  ])("refuses %s", (raw) => expect(normalizeOrigin(raw)).toBeNull());
});

describe("placesInput", () => {
  const input = placesInput("marquee.example");
  it("normalizes the domain and the origins, dropping blanks and repeats", () => {
    expect(
      input.parse({
        customDomain: " https://Tickets.Brand.com/ ",
        embedOrigins: ["https://brand.com", "", "https://brand.com/"],
      }),
    ).toEqual({ customDomain: "tickets.brand.com", embedOrigins: ["https://brand.com"] });
  });
  it("an empty domain means none", () => {
    expect(input.parse({ customDomain: "", embedOrigins: [] })).toEqual({
      customDomain: null,
      embedOrigins: [],
    });
  });
  it("refuses Marquee's own host and a path", () => {
    expect(
      input.safeParse({ customDomain: "marquee.example", embedOrigins: [] }).error?.issues[0]?.message,
    ).toBe("That is Marquee's own address; enter your brand's domain");
    expect(
      input.safeParse({ customDomain: "brand.com/shop", embedOrigins: [] }).error?.issues[0]?.message,
    ).toBe("Enter a host name like tickets.yourbrand.com (no path, no port)");
  });
  it("names the origin it cannot read", () => {
    expect(
      input.safeParse({ customDomain: "", embedOrigins: ["https://ok.com", "brand.com/page"] }).error
        ?.issues[0]?.message,
    ).toBe("“brand.com/page” is not a site address like https://yourbrand.com (no path)");
  });
});

describe("when an embed origin carries more than scheme, host and port", () => {
  it.each([
    "https://a.example;script-src",
    "https://a.example script-src 'unsafe-inline'",
    "https://a.example,https://b.example",
    "https://a.example'",
    "https://*.example.com",
    "https://a_b.example",
    "https://a.example:99999",
    "https://a.example\\@b.example",
  ])("refuses %j", (raw) => expect(normalizeOrigin(raw)).toBeNull());
  it("keeps a plain host with a port, and an IPv4 address", () => {
    expect(normalizeOrigin("https://shop.a.example:8443")).toBe("https://shop.a.example:8443");
    expect(normalizeOrigin("http://localhost:4100")).toBe("http://localhost:4100");
  });
  it("refuses it in the form, naming it", () => {
    const input = placesInput("marquee.example");
    expect(
      input.safeParse({ customDomain: "", embedOrigins: ["https://a.example;script-src"] }).success,
    ).toBe(false);
  });
});
