import { describe, expect, it } from "vitest";
import { cachedPageCsp, newNonce, pageCsp } from "./security-headers";

describe("a page's Content-Security-Policy", () => {
  it("lets scripts run only with the response's nonce, and names who may frame the page", () => {
    const csp = pageCsp({ nonce: "abc123==", frameAncestors: "'self' https://fans.example" });
    expect(csp).toContain("script-src 'self' 'nonce-abc123==' 'strict-dynamic'");
    expect(csp).toContain("frame-ancestors 'self' https://fans.example");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("base-uri 'none'");
    expect(csp).not.toContain("unsafe-eval");
  });
  it("a nonce is new every time and long enough not to guess", () => {
    const a = newNonce();
    expect(a).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    expect(newNonce()).not.toBe(a);
  });
});

describe("a cached page's Content-Security-Policy", () => {
  it("allows this site's scripts only, and keeps plugins, <base> and foreign frames off", () => {
    const csp = cachedPageCsp();
    expect(csp).toContain("script-src 'self' 'unsafe-inline'");
    expect(csp).not.toContain("nonce");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("frame-ancestors 'self'");
  });
});
