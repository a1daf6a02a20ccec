import { describe, expect, it } from "vitest";
import { clientAddress } from "./client-address";

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
  it("without the header, everyone is 'local'", () => {
    expect(clientAddress(null, 1)).toBe("local");
    expect(clientAddress(" , ", 1)).toBe("local");
  });
});
