// Which brand a request is for, by its Host header (custom domains), and who may frame a brand's
// embed. Both are asked on every request by src/proxy.ts, so answers are kept for a few seconds —
// and forgotten at once, in every web process, when a brand changes them.
import { db } from "@/server/platform/db";
import { config } from "@/server/platform/config";
import { normalizeHost, normalizeOrigin } from "../model/places";
import type { HostPlace } from "../model/host-place";
import { brandLanguages, type Locale } from "@/server/platform/i18n";
import { onPeerChange, tellPeers } from "@/server/platform/peers";

const TTL_MS = 5_000;
const cache = new Map<string, { at: number; value: unknown }>();
/** What the other web processes say when a brand's places change (docs/adr/0036). */
const PLACES_CHANGED = "marquee:places";
onPeerChange(PLACES_CHANGED, () => cache.clear());
async function remember<T>(key: string, load: () => Promise<T>): Promise<T> {
  const hit = cache.get(key);
  if (hit && Date.now() - hit.at < TTL_MS) return hit.value as T;
  const value = await load();
  if (cache.size > 10_000) cache.clear();
  cache.set(key, { at: Date.now(), value });
  return value;
}

let ownHosts: Set<string> | undefined;
/** Marquee's own host names: PUBLIC_URL's, and any in APP_HOSTS (comma-separated). */
function own(): Set<string> {
  ownHosts ??= new Set(
    [new URL(config().PUBLIC_URL).hostname, ...(process.env.APP_HOSTS ?? "").split(",")]
      .map((h) => normalizeHost(h))
      .filter((h): h is string => !!h),
  );
  return ownHosts;
}

/**
 * A request's place: Marquee itself (its own host, or an address that is not a domain name —
 * localhost, an IP, an internal service name), or a custom domain: the brand that verified it,
 * else nobody's (null) — a claim alone serves nothing.
 */
export async function placeOfHost(hostHeader: string | null): Promise<HostPlace> {
  const host = normalizeHost(hostHeader);
  if (!host || own().has(host)) return { own: true };
  const brandSlug = await remember(`host:${host}`, async () => {
    const verified = { customDomain: host, customDomainVerifiedAt: { not: null } };
    return (await db().brand.findFirst({ where: verified, select: { slug: true } }))?.slug ?? null;
  });
  return { own: false, host, brandSlug };
}

// Only well-formed origins reach a header, whatever an older version stored.
const embedOriginsOf = (brandSlug: string) =>
  remember(`frame:${brandSlug}`, async () => {
    const brand = await db().brand.findUnique({ where: { slug: brandSlug }, select: { embedOrigins: true } });
    return (brand?.embedOrigins ?? []).filter((o) => normalizeOrigin(o) === o);
  });

/** The CSP frame-ancestors sources for a brand's embed: this site and the brand's allowed origins. */
export async function frameAncestorsOf(brandSlug: string): Promise<string> {
  return ["'self'", ...(await embedOriginsOf(brandSlug))].join(" ");
}

/** Whether a page on `origin` may embed this brand's shop (embed.js asks, to refuse politely). */
export async function embedAllowed(brandSlug: string, origin: string | null): Promise<boolean> {
  return !!origin && (await embedOriginsOf(brandSlug)).includes(origin);
}

/** The languages a brand's shop speaks and its default, for the proxy's choice (docs/adr/0033). */
export async function shopLanguagesOf(brandSlug: string): Promise<{ offered: Locale[]; fallback: Locale }> {
  return remember(`lang:${brandSlug}`, async () => {
    const brand = await db().brand.findUnique({
      where: { slug: brandSlug },
      select: { languages: true, defaultLanguage: true },
    });
    return brandLanguages(brand?.languages ?? [], brand?.defaultLanguage ?? "en");
  });
}

/** After a settings change, every web process answers from the database at once. */
export function forgetPlaces(): void {
  cache.clear();
  tellPeers(PLACES_CHANGED);
}
