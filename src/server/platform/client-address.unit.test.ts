import { describe, expect, it } from "vitest";
import { clientAddress, clientAddressOf, UNKNOWN_CLIENT } from "./client-address";

describe("clientAddress", () => {
  it("behind one proxy, takes the address that proxy appended, not what the client claimed", () => {
    expect(clientAddress("6.6.6.6, 203.0.113.7", 1)).toBe("203.0.113.7");
    expect(clientAddress("203.0.113.7", 1)).toBe("203.0.113.7");
  });
  it("behind two proxies (a CDN, then a load balancer), takes the second from the right", () => {
    expect(clientAddress("6.6.6.6, 203.0.113.7, 10.0.0.2", 2)).toBe("203.0.113.7");
  });
  it("with fewer entries than proxies, takes the leftmost there is", () => {
    expect(clientAddress("203.0.113.7", 3)).toBe("203.0.113.7");
  });
  it("with no proxy (0), never takes the header: it is the client's own", () => {
    expect(clientAddress("6.6.6.6", 0)).toBe(UNKNOWN_CLIENT);
  });
  it("without the header, everyone is 'local'", () => {
    expect(clientAddress(null, 1)).toBe("local");
    expect(clientAddress(" , ", 1)).toBe("local");
  });
});

describe("clientAddressOf", () => {
  const headers = (h: Record<string, string>) => new Headers(h);
  const forged = { "x-forwarded-for": "6.6.6.6", "x-marquee-client-address": "203.0.113.7" };

  describe("when Marquee is served without a proxy (TRUSTED_PROXIES=0)", () => {
    it("takes the address npm start's front server wrote, never X-Forwarded-For", () => {
      expect(clientAddressOf(headers(forged), 0, true)).toBe("203.0.113.7");
      expect(clientAddressOf(headers({ "x-marquee-client-address": "::ffff:127.0.0.1" }), 0, true)).toBe(
        "::ffff:127.0.0.1",
      );
    });
    it("shares one key when no front server wrote it, or it is not an address", () => {
      expect(clientAddressOf(headers(forged), 0, false)).toBe(UNKNOWN_CLIENT);
      expect(clientAddressOf(headers({ "x-forwarded-for": "6.6.6.6" }), 0, true)).toBe(UNKNOWN_CLIENT);
      expect(clientAddressOf(headers({ "x-marquee-client-address": "a b;c" }), 0, true)).toBe(UNKNOWN_CLIENT);
    });
  });

  it("keeps the X-Forwarded-For rule behind N proxies, whatever the other header says", () => {
    expect(clientAddressOf(headers({ ...forged, "x-forwarded-for": "6.6.6.6, 198.51.100.1" }), 1, true)).toBe(
      "198.51.100.1",
    );
  });
});
