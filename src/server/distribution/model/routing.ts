// Which brand's pages a request may reach, decided on the path as the app will route it: the
// browser's encoding (%61 for "a"), doubled slashes and dot segments must not change the answer.
import type { HostPlace } from "./host-place";

/**
 * The path decoded once and normalised: no empty or dot segments, no trailing slash. Null for a
 * path the app would not route (bad percent-encoding, NUL, backslash, not starting with "/").
 */
export function normalizePath(raw: string): string | null {
  if (!raw.startsWith("/")) return null;
  let decoded: string;
  try {
    decoded = decodeURIComponent(raw);
  } catch {
    return null;
  }
  if (/[\0\\]/.test(decoded)) return null;
  const out: string[] = [];
  for (const segment of decoded.split("/")) {
    if (segment === "" || segment === ".") continue;
    if (segment === "..") out.pop();
    else out.push(segment);
  }
  return `/${out.join("/")}`;
}

/** The brand whose embed a (normalised) path shows, if it is one. */
export function embedBrandOf(path: string | null): string | null {
  return (path && /^\/embed\/([^/]+)\//.exec(path)?.[1]) || null;
}

export type Route = { kind: "serve" } | { kind: "rewrite"; path: string } | { kind: "not-found" };

// On a brand's domain these are served as they are: the shop's API, uploaded files, the app's
// assets, the payment pages (their ids are unguessable and name no brand).
const SHARED = /^\/(api\/trpc|files|_next|fonts|pay)(\/|$)|^\/(favicon\.ico|embed\.js)$/;
// Marquee's own pages and APIs, never on a brand's domain; so no event may be called like them.
const MARQUEE = /^\/(s|embed|studio|api)(\/|$)/;

/**
 * Where a (normalised) path leads on a host. Marquee's own host serves everything but the fan's
 * pages' internal language tree (`/in/…`, only reached by the proxy's rewrite). A brand's
 * verified domain serves that brand's shop only — `/` and `/<event>/…` are rewritten onto
 * `/s/<brand>/…` — and an unknown or unverified domain serves nothing.
 */
export function routeOnHost(place: HostPlace, path: string): Route {
  if (place.own) return IN_LANGUAGE.test(path) ? { kind: "not-found" } : { kind: "serve" };
  const brand = place.brandSlug;
  if (!brand) return { kind: "not-found" };
  const shop = `/s/${brand}`;
  if (path === shop || path.startsWith(`${shop}/`) || embedBrandOf(path) === brand) return { kind: "serve" };
  if (SHARED.test(path)) return { kind: "serve" };
  if (MARQUEE.test(path)) return { kind: "not-found" };
  const rest = path === "/" ? "" : path.split("/").map(encodeURIComponent).join("/");
  return { kind: "rewrite", path: `${shop}${rest}` };
}

const SHOP_PAGE = /^\/s\/([^/]+)(\/.*)?$/;
const EMBED_PAGE = /^\/embed\/([^/]+)(\/[^/]+)$/;
// The fan's pages in a language other than their brand's default: internal, never in a URL.
const IN_LANGUAGE = /^\/in(\/|$)/;

/**
 * Where a fan's page renders in a language (docs/adr/0040): in the brand's default language at its
 * public path, as it is (no rewrite); in another under the internal `/in/<lang>/` tree,
 * `/s/<brand>/<rest>` → `/in/<lang>/s/<brand>/<rest>`. Null: not a page that speaks the fan's language.
 */
export function pageInLanguage(
  path: string,
  language: string,
  defaultLanguage: string,
): { brandSlug: string; path: string } | null {
  const shop = SHOP_PAGE.exec(path) ?? EMBED_PAGE.exec(path);
  if (!shop) return null;
  const brandSlug = shop[1]!;
  const page = path.endsWith("/") ? path.slice(0, -1) : path;
  return { brandSlug, path: language === defaultLanguage ? page : `/in/${language}${page}` };
}

/** The brand a fan's page belongs to (for its languages), before the language is chosen. */
export function shopBrandOf(path: string): string | null {
  return (SHOP_PAGE.exec(path) ?? EMBED_PAGE.exec(path))?.[1] ?? null;
}
