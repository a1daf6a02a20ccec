import { describe, it, expect } from "vitest";
import { parseConfig } from "./config";

const secrets = { AUTH_SECRET: "a".repeat(40), TICKET_SIGNING_KEY: "k".repeat(40) };
const production = { MARQUEE_ENV: "production", DATABASE_URL: "postgresql://db/marquee", PUBLIC_URL: "https://tickets.example.com", PAYMENT_PROVIDER: "local", MAIL_TRANSPORT: "smtp", SMTP_URL: "smtp://mail:25", ...secrets };

describe("configuration", () => {
  describe("in development", () => {
    it("defaults to the local test payment provider and the local mail outbox", () => {
      const c = parseConfig({ DATABASE_URL: "postgresql://localhost/x", ...secrets });
      expect(c).toMatchObject({ MARQUEE_ENV: "development", PAYMENT_PROVIDER: "local", MAIL_TRANSPORT: "outbox", HOLD_MINUTES: 10 });
    });
  });

  describe("when the deployment is marked production", () => {
    it("starts with everything set", () => {
      expect(parseConfig(production).MAIL_TRANSPORT).toBe("smtp");
    });
    for (const name of ["DATABASE_URL", "AUTH_SECRET", "TICKET_SIGNING_KEY", "PUBLIC_URL"]) {
      it(`refuses to start without ${name}, naming it`, () => {
        expect(() => parseConfig({ ...production, [name]: undefined })).toThrow(`MARQUEE_ENV=production needs ${name} to be set`);
      });
    }
    it("refuses to fall back silently to the test payment provider or the local outbox", () => {
      expect(() => parseConfig({ ...production, PAYMENT_PROVIDER: undefined })).toThrow(/needs PAYMENT_PROVIDER/);
      expect(() => parseConfig({ ...production, MAIL_TRANSPORT: undefined })).toThrow(/needs MAIL_TRANSPORT/);
    });
  });

  it("refuses a secret too short to be one", () => {
    expect(() => parseConfig({ DATABASE_URL: "postgresql://localhost/x", AUTH_SECRET: "short", TICKET_SIGNING_KEY: secrets.TICKET_SIGNING_KEY })).toThrow(/AUTH_SECRET/);
  });
});
