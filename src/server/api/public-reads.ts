// Reads whose answer is the same for everyone asking the same URL — today the shop's live offer —
// answered without a session and marked so a CDN may keep them for a second (docs/adr/0024): a
// crowd watching an on-sale then costs the app about one request per second per URL and edge.
import { clientAddressOf } from "@/server/platform/client-address";
import { config } from "@/server/platform/config";
import { FreshWindow, Lru, noteLocalWrite } from "@/server/platform/fresh";
import type { createContext } from "./trpc";

/** Fresh for a shared cache for 1 s, then served stale for up to 5 s while it asks again. */
export const PUBLIC_CACHE_CONTROL = "public, s-maxage=1, stale-while-revalidate=5";

/**
 * Tells the web front (scripts/lib/web-server.mjs) that it may send this answer again itself, for
 * this URL, until `<until ms> <local writes>` no longer hold: the same window this process keeps
 * it for, without Next's routing for each request. The front removes it before the answer leaves.
 */
export const KEEP_HEADER = "x-marquee-keep";

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

/**
 * Whether any call of this URL carries a promo code (those answers count wrong guesses: never served from
 * memory).
 */
function withPromoCode(url: URL): boolean {
  try {
    const input: unknown = JSON.parse(url.searchParams.get("input") ?? "null");
    const calls = url.searchParams.get("batch") ? Object.values(input ?? {}) : [input];
    return calls.some((c) => !!(c as { json?: { promoCode?: unknown } } | null)?.json?.promoCode);
  } catch {
    return true; // tRPC will refuse it; nothing to keep
  }
}

type Kept = { body: Uint8Array<ArrayBuffer>; contentType: string };

/**
 * The last answer to each public-read URL, served again as it was for the fresh window it was
 * made in (docs/adr/0024): what a CDN does for a second, this process does for FRESH_MS, and a
 * write of this process ends it. Within it a request costs no query and no tRPC; after it, one
 * request goes through tRPC (whose snapshots check their versions) and those arriving meanwhile
 * wait for its answer. Answers with a promo code always go through (wrong codes are counted).
 */
export class PublicAnswers {
  private readonly kept: Lru<string, Kept>;
  private readonly window: FreshWindow<string>;
  private readonly making = new Map<
    string,
    { since: { writes: number }; made: Promise<{ kept: Kept | null; res: Response }> }
  >();
  constructor(max = 1000) {
    this.kept = new Lru(max);
    this.window = new FreshWindow(undefined, max);
  }

  private static keyOf(req: Request): string | null {
    const url = new URL(req.url);
    return withPromoCode(url) ? null : url.pathname + url.search;
  }

  /**
   * The answer to a public read: kept while fresh, else made by `answer` (once for those arriving together).
   */
  async serve(req: Request, answer: () => Promise<Response>): Promise<Response> {
    const key = PublicAnswers.keyOf(req);
    if (!key) return answer();
    const kept = this.kept.get(key);
    if (kept && this.window.fresh(key)) return this.respond(kept, key);
    const since = this.window.begin();
    const running = this.making.get(key);
    // Joined only if this process wrote nothing since it began: a fan sees their own hold.
    if (running && running.since.writes === since.writes) {
      const made = await running.made;
      // Not keepable (an error): this request asks for itself.
      return made.kept ? this.respond(made.kept, key) : answer();
    }
    const making = answer().then(async (res) => {
      if (res.status !== 200 || res.headers.get("cache-control") !== PUBLIC_CACHE_CONTROL)
        return { kept: null, res };
      const made = {
        body: new Uint8Array(await res.arrayBuffer()), // encoded once, sent many times
        contentType: res.headers.get("content-type") ?? "application/json",
      };
      this.kept.set(key, made);
      this.window.mark(key, since);
      return { kept: made, res };
    });
    const entry = { since, made: making };
    this.making.set(key, entry);
    try {
      const made = await making;
      return made.kept ? this.respond(made.kept, key) : made.res;
    } finally {
      if (this.making.get(key) === entry) this.making.delete(key);
    }
  }

  private respond(kept: Kept, key: string): Response {
    const headers = new Headers({ "content-type": kept.contentType, "cache-control": PUBLIC_CACHE_CONTROL });
    const validity = this.window.validity(key);
    if (validity) headers.set(KEEP_HEADER, `${validity.until} ${validity.writes}`);
    return new Response(kept.body, { status: 200, headers });
  }
}
