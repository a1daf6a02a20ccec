import { describe, expect, it } from "vitest";
import { mayHaveSession } from "./session-token";

describe("whether a request can carry a session", () => {
  it("given next-auth's session cookie, plain, over HTTPS or chunked, then it may", () => {
    expect(mayHaveSession(["mq_lang", "authjs.session-token"])).toBe(true);
    expect(mayHaveSession(["__Secure-authjs.session-token"])).toBe(true);
    expect(mayHaveSession(["authjs.session-token.0", "authjs.session-token.1"])).toBe(true);
  });

  it("given only other cookies, or look-alikes, then it cannot", () => {
    expect(mayHaveSession([])).toBe(false);
    expect(mayHaveSession(["mq_lang", "mq_cart", "authjs.csrf-token", "authjs.callback-url"])).toBe(false);
    expect(mayHaveSession(["xauthjs.session-token", "authjs.session-token.x"])).toBe(false);
  });
});
