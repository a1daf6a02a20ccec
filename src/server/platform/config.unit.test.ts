import { describe, it, expect } from "vitest";
import { parseConfig, testModeWarning } from "./config";

const secrets = { AUTH_SECRET: "a".repeat(40), TICKET_SIGNING_KEY: "k".repeat(40) };
const stripe = {
  PAYMENT_PROVIDER: "stripe",
  STRIPE_SECRET_KEY: "sk_live_x",
  STRIPE_WEBHOOK_SECRET: "whsec_x",
};
const production = {
  MARQUEE_ENV: "production",
  DATABASE_URL: "postgresql://db/marquee",
  PUBLIC_URL: "https://tickets.example.com",
  ...stripe,
  MAIL_TRANSPORT: "smtp",
  SMTP_URL: "smtp://mail:25",
  STORAGE: "local",
  ...secrets,
};
const s3 = {
  S3_ENDPOINT: "https://s3.eu-central-1.amazonaws.com",
  S3_BUCKET: "marquee-uploads",
  S3_ACCESS_KEY_ID: "AKIDEXAMPLE",
  S3_SECRET_ACCESS_KEY: "secret",
};

describe("configuration", () => {
  describe("in development", () => {
    it("defaults to the local test payment provider and the local mail outbox", () => {
      const c = parseConfig({ DATABASE_URL: "postgresql://localhost/x", ...secrets });
      expect(c).toMatchObject({
        MARQUEE_ENV: "development",
        PAYMENT_PROVIDER: "local",
        MAIL_TRANSPORT: "outbox",
        HOLD_MINUTES: 10,
      });
    });
    it("keeps uploads on local disk unless an S3 bucket is configured", () => {
      expect(parseConfig({ DATABASE_URL: "postgresql://localhost/x", ...secrets })).toMatchObject({
        STORAGE: "local",
        STORAGE_DIR: ".data/uploads",
      });
      expect(parseConfig({ DATABASE_URL: "postgresql://localhost/x", ...secrets, ...s3 })).toMatchObject({
        STORAGE: "s3",
        S3_REGION: "us-east-1",
      });
    });
  });

  describe("with S3 storage", () => {
    for (const name of ["S3_ENDPOINT", "S3_BUCKET", "S3_ACCESS_KEY_ID", "S3_SECRET_ACCESS_KEY"]) {
      it(`refuses to start without ${name}, naming it`, () => {
        expect(() =>
          parseConfig({
            DATABASE_URL: "postgresql://localhost/x",
            ...secrets,
            ...s3,
            STORAGE: "s3",
            [name]: undefined,
          }),
        ).toThrow(`STORAGE=s3 needs ${name}`);
      });
    }
    it("refuses an endpoint that is not a URL", () => {
      expect(() =>
        parseConfig({
          DATABASE_URL: "postgresql://localhost/x",
          ...secrets,
          ...s3,
          S3_ENDPOINT: "s3.amazonaws.com",
        }),
      ).toThrow(/S3_ENDPOINT/);
    });
  });

  describe("when the deployment is marked production", () => {
    it("starts with everything set", () => {
      expect(parseConfig(production).MAIL_TRANSPORT).toBe("smtp");
    });
    for (const name of ["DATABASE_URL", "AUTH_SECRET", "TICKET_SIGNING_KEY", "PUBLIC_URL"]) {
      it(`refuses to start without ${name}, naming it`, () => {
        expect(() => parseConfig({ ...production, [name]: undefined })).toThrow(
          `MARQUEE_ENV=production needs ${name} to be set`,
        );
      });
    }
    it("refuses to fall back silently to the test payment provider or the local outbox", () => {
      expect(() => parseConfig({ ...production, PAYMENT_PROVIDER: undefined })).toThrow(
        /needs PAYMENT_PROVIDER/,
      );
      expect(() => parseConfig({ ...production, MAIL_TRANSPORT: undefined })).toThrow(/needs MAIL_TRANSPORT/);
    });
    describe("with the TEST MODE payment provider (one click pays, no money moves)", () => {
      const local = {
        ...production,
        PAYMENT_PROVIDER: "local",
        STRIPE_SECRET_KEY: undefined,
        STRIPE_WEBHOOK_SECRET: undefined,
      };
      it("refuses to start, naming the opt-in", () => {
        expect(() => parseConfig(local)).toThrow(
          /PAYMENT_PROVIDER=local.*ALLOW_TEST_PAYMENTS_IN_PRODUCTION=yes-i-understand/,
        );
      });
      it("refuses an opt-in that is not spelled out exactly", () => {
        for (const value of ["yes", "true", "1", "YES-I-UNDERSTAND", " yes-i-understand"]) {
          expect(() => parseConfig({ ...local, ALLOW_TEST_PAYMENTS_IN_PRODUCTION: value }), value).toThrow(
            /ALLOW_TEST_PAYMENTS_IN_PRODUCTION/,
          );
        }
      });
      it("starts with the explicit opt-in, and the start script has a loud warning to print", () => {
        const c = parseConfig({ ...local, ALLOW_TEST_PAYMENTS_IN_PRODUCTION: "yes-i-understand" });
        expect(c.PAYMENT_PROVIDER).toBe("local");
        expect(testModeWarning(c)).toMatch(/TEST MODE IN PRODUCTION.*NO MONEY MOVES/s);
      });
      it("has nothing to warn about with Stripe, or outside production", () => {
        expect(testModeWarning(parseConfig(production))).toBeNull();
        expect(
          testModeWarning(parseConfig({ DATABASE_URL: "postgresql://localhost/x", ...secrets })),
        ).toBeNull();
      });
    });
    it("refuses to keep uploads on local disk unless told to, even with a bucket set", () => {
      expect(() => parseConfig({ ...production, STORAGE: undefined })).toThrow(/needs STORAGE/);
      expect(() => parseConfig({ ...production, ...s3, STORAGE: undefined })).toThrow(/needs STORAGE/);
      expect(parseConfig({ ...production, ...s3, STORAGE: "s3" }).STORAGE).toBe("s3");
    });
  });

  describe("how npm start runs its processes", () => {
    const local = { DATABASE_URL: "postgresql://localhost/x", ...secrets };
    it("defaults to one worker, below the web's priority, and web processes by the cores", () => {
      const c = parseConfig(local);
      expect([c.WEB_PROCESSES, c.WORKER_PROCESSES, c.WORKER_NICENESS]).toEqual([undefined, 1, 10]);
      expect(parseConfig({ ...local, WEB_PROCESSES: "", WORKER_NICENESS: "" })).toMatchObject({
        WEB_PROCESSES: undefined,
        WORKER_NICENESS: 10,
      });
      expect(parseConfig({ ...local, WEB_PROCESSES: "2", WORKER_PROCESSES: "3" })).toMatchObject({
        WEB_PROCESSES: 2,
        WORKER_PROCESSES: 3,
      });
    });
    for (const [name, value] of [
      ["WEB_PROCESSES", "two"],
      ["WEB_PROCESSES", "0"],
      ["WORKER_PROCESSES", "9"],
      ["WORKER_NICENESS", "-5"],
      ["WORKER_NICENESS", "1.5"],
    ] as const) {
      it(`refuses ${name}=${value}, naming it (it used to be ignored silently)`, () => {
        expect(() => parseConfig({ ...local, [name]: value })).toThrow(new RegExp(name));
      });
    }
  });

  it("refuses a secret too short to be one", () => {
    expect(() =>
      parseConfig({
        DATABASE_URL: "postgresql://localhost/x",
        AUTH_SECRET: "short",
        TICKET_SIGNING_KEY: secrets.TICKET_SIGNING_KEY,
      }),
    ).toThrow(/AUTH_SECRET/);
  });
});
