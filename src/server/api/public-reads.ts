// Reads whose answer is the same for everyone asking the same URL — today the shop's live offer —
// answered without a session and marked so a CDN may keep them for a second (docs/adr/0024): a
// crowd watching an on-sale then costs the app about one request per second per URL and edge.
import { clientAddressOf } from "@/server/platform/client-address";
import { config } from "@/server/platform/config";
import { noteLocalWrite } from "@/server/platform/fresh";
import type { createContext } from "./trpc";

/** Fresh for a shared cache for 1 s, then served stale for up to 5 s while it asks again. */
export const PUBLIC_CACHE_CONTROL = "public, s-maxage=1, stale-while-revalidate=5";

/**
 * Procedures that read no cookie, no session and no per-fan state, so one answer serves all.
 * A promo code changes the offer, but it is in the URL; nothing else a client sends does.
 */
const PUBLIC_QUERIES: ReadonlySet<string> = new Set(["shop.offer"]);

/** The procedures a tRPC request calls: `/api/trpc/a,b` → [a, b]. */
function proceduresOf(req: Request, endpoint: string): string[] {
  const path = new URL(req.url).pathname;
  if (!path.startsWith(`${endpoint}/`)) return [];
  return decodeURIComponent(path.slice(endpoint.length + 1)).split(",");
}

/** A GET that asks only for public reads (a batch of them, or one). */
export function isPublicRead(req: Request, endpoint: string): boolean {
  if (req.method !== "GET") return false;
  const calls = proceduresOf(req, endpoint);
  return calls.length > 0 && calls.every((c) => PUBLIC_QUERIES.has(c));
}

/** Whether this answer may carry PUBLIC_CACHE_CONTROL: every call a public query that succeeded. */
export function publicAnswer(opts: {
  calls: readonly { path: string }[] | undefined;
  type: string;
  errors: readonly unknown[];
}): boolean {
  return (
    opts.type === "query" &&
    opts.errors.length === 0 &&
    !!opts.calls?.length &&
    opts.calls.every((c) => PUBLIC_QUERIES.has(c.path))
  );
}

type Context = Awaited<ReturnType<typeof createContext>>;

/**
 * The context of a public read: no session is looked up (no cookie can come back with the
 * answer), and no cookie can be read or set. The client's address still counts for rate limits
 * (wrong promo codes).
 */
export function publicContext(req: Request): Context {
  return {
    user: null,
    request: {
      clientKey: clientAddressOf(req.headers, config().TRUSTED_PROXIES),
      cookie: () => null,
      setCookie: () => {
        throw new Error("a public read sets no cookie");
      },
    },
  };
}

/** Any other request may have written: this process's shared reads check their versions next time. */
export const wroteMaybe = noteLocalWrite;
