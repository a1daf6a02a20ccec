// The one place environment variables are read. Validated once; a production deployment
// (MARQUEE_ENV=production) refuses to start without its secrets, naming the variable.
import { z } from "zod";
import { log } from "./log";

/** `NAME=` in an env file means "not set", not 0. */
const unsetIfEmpty = <T extends z.ZodTypeAny>(type: T) =>
  z.preprocess((v) => (v === "" ? undefined : v), type);

const schema = z.object({
  MARQUEE_ENV: z.enum(["development", "test", "production"]).default("development"),
  DATABASE_URL: z.string().min(1),
  AUTH_SECRET: z.string().min(32).optional(),
  TICKET_SIGNING_KEY: z.string().min(32).optional(),
  PUBLIC_URL: z.string().url().default("http://localhost:3000"),
  PAYMENT_PROVIDER: z.enum(["local", "stripe"]).optional(),
  /** Production only: the exact words that let the TEST MODE provider take orders (a demo, on purpose). */
  ALLOW_TEST_PAYMENTS_IN_PRODUCTION: z.string().max(100).optional(),
  STRIPE_SECRET_KEY: z.string().optional(),
  STRIPE_WEBHOOK_SECRET: z.string().optional(),
  /** Tests point the Stripe SDK at a local stub of its HTTP API. */
  STRIPE_API_HOST: z.string().optional(),
  STRIPE_API_PORT: z.coerce.number().int().optional(),
  STRIPE_API_PROTOCOL: z.enum(["http", "https"]).optional(),
  MAIL_TRANSPORT: z.enum(["outbox", "smtp"]).optional(),
  SMTP_URL: z.string().optional(),
  MAIL_FROM: z.string().default("Marquee <tickets@marquee.local>"),
  HOLD_MINUTES: z.coerce.number().int().min(1).max(120).default(10),
  /** Seconds instead of minutes, for tests that watch a hold expire on screen. */
  HOLD_SECONDS: z.coerce.number().int().min(5).max(7200).optional(),
  /** How often the dispatcher tries an event whose handler fails, and its first wait (docs/adr/0015). */
  DISPATCH_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(50).optional(),
  DISPATCH_FIRST_RETRY_SECONDS: z.coerce.number().int().min(1).max(3600).optional(),
  RATE_LIMIT_HOLDS_PER_MINUTE: z.coerce.number().int().min(1).default(30),
  RATE_LIMIT_ORDERS_PER_MINUTE: z.coerce.number().int().min(1).default(10),
  /** Wrong promo codes one client may try per minute (offer, quote and cart share the count). */
  RATE_LIMIT_PROMO_GUESSES_PER_MINUTE: z.coerce.number().int().min(1).default(20),
  /**
   * How many reverse proxies in front of Marquee append to X-Forwarded-For (the client is that many
   * entries from the right). 0: none — the client is the connection's address (platform/client-address.ts).
   */
  TRUSTED_PROXIES: z.coerce.number().int().min(0).max(10).default(0),
  /** How `npm start` runs: web processes (default one per core, docs/adr/0034), job workers (0030). */
  WEB_PROCESSES: unsetIfEmpty(z.coerce.number().int().min(1).max(64).optional()),
  WORKER_PROCESSES: unsetIfEmpty(z.coerce.number().int().min(1).max(8).default(1)),
  /** The worker's CPU priority below the web's (docs/adr/0037): 0 is the same, 19 the lowest. */
  WORKER_NICENESS: unsetIfEmpty(z.coerce.number().int().min(0).max(19).default(10)),
  STORAGE: z.enum(["local", "s3"]).optional(),
  STORAGE_DIR: z.string().min(1).default(".data/uploads"),
  /** Any S3-compatible endpoint, addressed path-style: AWS (https://s3.<region>.amazonaws.com) or MinIO. */
  S3_ENDPOINT: z.string().url().optional(),
  S3_REGION: z.string().min(1).default("us-east-1"),
  S3_BUCKET: z.string().optional(),
  S3_ACCESS_KEY_ID: z.string().optional(),
  S3_SECRET_ACCESS_KEY: z.string().optional(),
});

export type Config = z.infer<typeof schema> & {
  AUTH_SECRET: string;
  TICKET_SIGNING_KEY: string;
  PAYMENT_PROVIDER: "local" | "stripe";
  MAIL_TRANSPORT: "outbox" | "smtp";
  STORAGE: "local" | "s3";
};

export class ConfigError extends Error {}

/** Which variables a production deployment must set. Exported for the start script. */
export const REQUIRED_IN_PRODUCTION = [
  "DATABASE_URL",
  "AUTH_SECRET",
  "TICKET_SIGNING_KEY",
  "PUBLIC_URL",
] as const;

/** The exact value of ALLOW_TEST_PAYMENTS_IN_PRODUCTION that lets TEST MODE run in production. */
export const TEST_PAYMENTS_OPT_IN = "yes-i-understand";

/** The loud warning a production deployment in TEST MODE prints at start; null when there is none. */
export function testModeWarning(c: Pick<Config, "MARQUEE_ENV" | "PAYMENT_PROVIDER">): string | null {
  if (c.MARQUEE_ENV !== "production" || c.PAYMENT_PROVIDER !== "local") return null;
  const bar = "!".repeat(78);
  return [
    bar,
    "!!  TEST MODE IN PRODUCTION: PAYMENT_PROVIDER=local, ALLOW_TEST_PAYMENTS_IN_PRODUCTION is set.",
    "!!  Every order is paid with one click on /pay/test/<payment>, and NO MONEY MOVES.",
    "!!  Tickets issued this way are free tickets. Set PAYMENT_PROVIDER=stripe to sell for real.",
    bar,
  ].join("\n");
}

export function parseConfig(env: Record<string, string | undefined>): Config {
  const production = env.MARQUEE_ENV === "production";
  if (production) {
    for (const name of REQUIRED_IN_PRODUCTION) {
      if (!env[name]) throw new ConfigError(`MARQUEE_ENV=production needs ${name} to be set`);
    }
    if (env.PAYMENT_PROVIDER !== "stripe" && env.PAYMENT_PROVIDER !== "local")
      throw new ConfigError("MARQUEE_ENV=production needs PAYMENT_PROVIDER=stripe");
    // TEST MODE pays any order with one click and no money: never by accident in production.
    if (env.PAYMENT_PROVIDER === "local" && env.ALLOW_TEST_PAYMENTS_IN_PRODUCTION !== TEST_PAYMENTS_OPT_IN)
      throw new ConfigError(
        "MARQUEE_ENV=production refuses PAYMENT_PROVIDER=local: TEST MODE pays any order with one click " +
          "and no money. Use PAYMENT_PROVIDER=stripe, or, for a demo on purpose, set " +
          `ALLOW_TEST_PAYMENTS_IN_PRODUCTION=${TEST_PAYMENTS_OPT_IN}`,
      );
    if (env.MAIL_TRANSPORT !== "smtp" && env.MAIL_TRANSPORT !== "outbox")
      throw new ConfigError(
        "MARQUEE_ENV=production needs MAIL_TRANSPORT (smtp, or outbox to keep mail local on purpose)",
      );
    if (env.STORAGE !== "s3" && env.STORAGE !== "local")
      throw new ConfigError(
        "MARQUEE_ENV=production needs STORAGE (s3, or local to keep uploads on this machine's disk on purpose)",
      );
  }
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new ConfigError(`Invalid environment: ${issue.path.join(".")}: ${issue.message}`);
  }
  const c = parsed.data;
  if (!c.AUTH_SECRET)
    throw new ConfigError("AUTH_SECRET is not set (npm start generates one under .data/ in development)");
  if (!c.TICKET_SIGNING_KEY)
    throw new ConfigError(
      "TICKET_SIGNING_KEY is not set (npm start generates one under .data/ in development)",
    );
  const provider = c.PAYMENT_PROVIDER ?? "local";
  if (provider === "stripe" && !c.STRIPE_SECRET_KEY)
    throw new ConfigError("PAYMENT_PROVIDER=stripe needs STRIPE_SECRET_KEY");
  if (provider === "stripe" && !c.STRIPE_WEBHOOK_SECRET)
    throw new ConfigError(
      "PAYMENT_PROVIDER=stripe needs STRIPE_WEBHOOK_SECRET (to verify webhook signatures)",
    );
  const mail = c.MAIL_TRANSPORT ?? (c.SMTP_URL ? "smtp" : "outbox");
  if (mail === "smtp" && !c.SMTP_URL) throw new ConfigError("MAIL_TRANSPORT=smtp needs SMTP_URL");
  const storage = c.STORAGE ?? (c.S3_BUCKET ? "s3" : "local");
  if (storage === "s3") {
    for (const name of ["S3_ENDPOINT", "S3_BUCKET", "S3_ACCESS_KEY_ID", "S3_SECRET_ACCESS_KEY"] as const) {
      if (!c[name]) throw new ConfigError(`STORAGE=s3 needs ${name}`);
    }
  }
  return {
    ...c,
    AUTH_SECRET: c.AUTH_SECRET,
    TICKET_SIGNING_KEY: c.TICKET_SIGNING_KEY,
    PAYMENT_PROVIDER: provider,
    MAIL_TRANSPORT: mail,
    STORAGE: storage,
  };
}

let cached: Config | undefined;
export function config(): Config {
  if (!cached) {
    cached = parseConfig(process.env);
    const warning = testModeWarning(cached);
    if (warning) log.warn({ PAYMENT_PROVIDER: "local" }, warning);
  }
  return cached;
}

/** How long a hold lasts, in milliseconds. */
export function holdMillis(): number {
  const c = config();
  return c.HOLD_SECONDS ? c.HOLD_SECONDS * 1000 : c.HOLD_MINUTES * 60_000;
}
