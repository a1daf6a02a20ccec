import { initTRPC, TRPCError } from "@trpc/server";
import superjson from "superjson";
import { ZodError } from "zod";
import type { SessionUser } from "@/server/platform/auth";
import { isDomainError } from "@/server/platform/errors";
import { requireMembership, type Permission } from "@/server/distribution";
import { TRPC_CODE } from "./errors";
import { clientAddressOf } from "@/server/platform/client-address";
import { config } from "@/server/platform/config";
import { mayHaveSession } from "@/server/platform/session-token";
import type { Locale } from "@/server/platform/i18n";
import { detailsInFansWords, fanLanguageOf, inFansWords } from "./fan-errors";

/** The header the shop's tRPC client names its page's language in. */
export const FAN_LANGUAGE_HEADER = "x-marquee-lang";

export type RequestInfo = {
  /** The client, for rate limits: an address it cannot choose (platform/client-address.ts). */
  clientKey: string;
  cookie(name: string): string | null;
  setCookie(name: string, value: string, maxAgeSeconds: number): void;
  /** The language the fan's page speaks (the shop's client sends it), for the errors' words. */
  language?: Locale | null;
};

function parseCookies(header: string | null): Map<string, string> {
  const map = new Map<string, string>();
  for (const part of (header ?? "").split(";")) {
    const i = part.indexOf("=");
    if (i > 0) map.set(part.slice(0, i).trim(), decodeURIComponent(part.slice(i + 1).trim()));
  }
  return map;
}

export async function createContext(opts?: {
  req: Request;
  resHeaders: Headers;
}): Promise<{ user: SessionUser | null; request: RequestInfo }> {
  const cookies = parseCookies(opts?.req.headers.get("cookie") ?? null);
  const secure = process.env.PUBLIC_URL?.startsWith("https://") ? "; Secure" : "";
  // Loaded here, not at the top: next-auth needs Next's runtime, and callers built for tests pass their own
  // context.
  const { currentUser } = await import("@/server/platform/auth");
  return {
    // A Studio page's own call (no request here) reads the session from Next's request scope.
    user: !opts || mayHaveSession(cookies.keys()) ? await currentUser() : null,
    request: {
      clientKey: opts ? clientAddressOf(opts.req.headers, config().TRUSTED_PROXIES) : "local",
      language: fanLanguageOf(opts?.req.headers.get(FAN_LANGUAGE_HEADER)),
      cookie: (name) => cookies.get(name) ?? null,
      setCookie: (name, value, maxAge) =>
        opts?.resHeaders.append(
          "set-cookie",
          `${name}=${encodeURIComponent(value)}; Path=/; Max-Age=${maxAge}; HttpOnly; SameSite=Lax${secure}`,
        ),
    },
  };
}
type Context = Awaited<ReturnType<typeof createContext>>;

const t = initTRPC.context<Context>().create({
  transformer: superjson,
  errorFormatter({ shape, error, ctx }) {
    // Bad input: say what is wrong in words, not a dump of the validator's issues.
    const zod = error.cause instanceof ZodError ? error.cause : null;
    const domain = isDomainError(error.cause) ? error.cause : null;
    // In the language of the fan's page, where the shop's client said it (docs/adr/0033).
    const language = ctx?.request.language;
    const message = zod
      ? (zod.issues[0]?.message ?? "Check what you entered.")
      : error.code === "INTERNAL_SERVER_ERROR"
        ? "Something went wrong on our side. Please try again."
        : shape.message;
    return {
      ...shape,
      message: inFansWords(message, language),
      // Bad input reads as the domain's own Invalid error, at its field: a client sees one shape
      // whether the edge's schema or a rule refused it.
      data: {
        ...shape.data,
        domainCode: domain?.code ?? (zod ? "Invalid" : null),
        details: detailsInFansWords(
          domain?.details ?? (zod ? { field: zod.issues[0]?.path.join(".") ?? "" } : null),
          language,
        ),
        stack: undefined,
      },
    };
  },
});

/** Domain errors → tRPC errors with the right code and the domain's own message. */
const mapErrors = t.middleware(async ({ next }) => {
  const result = await next();
  if (!result.ok && isDomainError(result.error.cause)) {
    const e = result.error.cause;
    throw new TRPCError({ code: TRPC_CODE[e.code], message: e.message, cause: e });
  }
  return result;
});

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;
/**
 * PostgreSQL cannot store a NUL character in text, and no field of ours wants one: refuse such
 * input up front as bad input (issue 11, finding 13) instead of failing in the database as a 500.
 */
const refuseNulBytes = t.middleware(async ({ next, getRawInput }) => {
  const raw = await getRawInput();
  if (raw !== undefined && JSON.stringify(raw)?.includes("\\u0000")) {
    throw new TRPCError({
      code: "BAD_REQUEST",
      message: "Remove the invisible control characters from what you typed.",
    });
  }
  return next();
});

export const publicProcedure = t.procedure.use(mapErrors).use(refuseNulBytes);

export const signedInProcedure = publicProcedure.use(({ ctx, next }) => {
  if (!ctx.user) throw new TRPCError({ code: "UNAUTHORIZED", message: "Sign in to continue." });
  return next({ ctx: { user: ctx.user } });
});

/** A procedure on one brand's data: the caller must be a member with this permission (input.brandSlug). */
export function brandProcedure(permission: Permission) {
  return signedInProcedure.use(async ({ ctx, next, getRawInput }) => {
    const raw = (await getRawInput()) as { brandSlug?: unknown } | undefined;
    if (typeof raw?.brandSlug !== "string")
      throw new TRPCError({ code: "BAD_REQUEST", message: "Which brand?" });
    const membership = await requireMembership(ctx.user.id, raw.brandSlug, permission);
    return next({ ctx: { ...ctx, membership } });
  });
}
