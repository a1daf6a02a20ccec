// Before routing, on the path as the app will route it (decoded and normalised, so `%61lpha` is
// `alpha`): which brand a host may show, who may frame a page, and a script nonce for its CSP.
// - A brand's verified domain (tickets.brand.com) shows that brand's shop only: `/` is its home,
//   `/<event>` an event; everything else there, and every unknown or unverified domain, is a 404.
//   Studio and sign-in live on Marquee's host only.
// - A shop or embed page renders in the fan's language, among the brand's: `?lang=`, else the
//   `mq_lang` cookie, else Accept-Language, else the brand's default (docs/adr/0033). The default
//   is its public path as it is; another language is rewritten to the internal `/in/<lang>/` tree
//   the URL never shows (docs/adr/0040: a rewrite costs the event page about a tenth).
// - Every page gets a Content-Security-Policy with a fresh nonce (docs/adr/0017); the embed may be
//   framed by the brand's allowed origins, every other page by this site only.
// The other security headers (HSTS, nosniff, Referrer-Policy, Permissions-Policy) are static, in
// next.config.js. /files and the APIs set their own CSP.
import { NextResponse, type NextRequest } from "next/server";
import {
  embedBrandOf,
  frameAncestorsOf,
  normalizePath,
  pageInLanguage,
  placeOfHost,
  routeRequest,
  shopBrandOf,
  shopLanguagesOf,
} from "@/server/distribution";
import { LANG_COOKIE, LANG_COOKIE_MAX_AGE, LANG_PARAM, chooseLocale } from "@/server/platform/i18n";
import type { HostPlace } from "@/server/distribution";
import { NOTHING_CSP, cachedPageCsp, newNonce, pageCsp } from "@/server/platform/security-headers";

const page404 = (title: string, text: string) =>
  [
    `<!doctype html><meta charset="utf-8"><title>${title}</title>`,
    `<body style="font-family:system-ui,sans-serif;max-width:32rem;margin:15vh auto;padding:0 1.5rem;color:#18181b">`,
    `<h1>${title}</h1><p>${text}</p></body>`,
  ].join("");
const NO_SHOP = page404(
  "No shop is set up at this address",
  "If you run this domain, add it to your brand in Marquee Studio under “Domain &amp; embed” and verify it there.",
);
const NO_PAGE = page404(
  "We could not find that page.",
  "The address may be mistyped, or the page is not part of this shop.",
);

/** A 404: on a domain no brand has verified, how to set one up; elsewhere, that the page is not here. */
const notHere = (place: HostPlace) =>
  new NextResponse(!place.own && !place.brandSlug ? NO_SHOP : NO_PAGE, {
    status: 404,
    headers: { "content-type": "text/html; charset=utf-8", "content-security-policy": NOTHING_CSP },
  });

// Not pages: the APIs and uploaded files answer with their own headers, a file-like last
// segment (tickets.pdf, attendees.csv, embed.js) is a download, not a document with scripts.
// The shop's event pages are served from Next's cache (revalidated every 30 s).
const CACHED_PAGE = /^\/s\/[^/]+\/(?!orders$)[^/]+$/;

const notAPage = (path: string) =>
  /^\/(api|files|_next|fonts)(\/|$)/.test(path) || /\/[^/]*\.[a-z0-9]+$/i.test(path);

/** The fan's language for a shop or embed page, and the path that renders in it. */
async function inFansLanguage(request: NextRequest, path: string) {
  const brandSlug = shopBrandOf(path);
  if (!brandSlug) return null;
  const param = request.nextUrl.searchParams.get(LANG_PARAM);
  const languages = await shopLanguagesOf(brandSlug);
  const language = chooseLocale(languages, {
    param,
    cookie: request.cookies.get(LANG_COOKIE)?.value,
    acceptLanguage: request.headers.get("accept-language"),
  });
  return {
    path: pageInLanguage(path, language, languages.fallback)!.path,
    language,
    chosen: param === language,
  };
}

export async function proxy(request: NextRequest) {
  const route = await routeRequest(request.headers.get("host"), request.nextUrl.pathname);
  if (route.kind === "not-found") return notHere(await placeOfHost(request.headers.get("host")));
  const path = normalizePath(request.nextUrl.pathname)!;
  const routed = route.kind === "rewrite" ? route.path : path;
  if (notAPage(path)) {
    if (route.kind !== "rewrite") return NextResponse.next();
    const rewritten = request.nextUrl.clone();
    rewritten.pathname = route.path;
    return NextResponse.rewrite(rewritten);
  }
  const spoken = await inFansLanguage(request, routed);
  // A fan's page in the brand's default language, asked for at its own path, is served as it is.
  const fanTarget = spoken && spoken.path !== request.nextUrl.pathname ? spoken.path : null;
  const target = spoken ? fanTarget : route.kind === "rewrite" ? route.path : null;
  const rewritten = target ? request.nextUrl.clone() : null;
  if (rewritten && target) rewritten.pathname = target;
  /** The fan's choice by URL is kept for their next visits. */
  const keepChoice = (response: NextResponse) => {
    if (spoken?.chosen)
      response.cookies.set(LANG_COOKIE, spoken.language, {
        maxAge: LANG_COOKIE_MAX_AGE,
        sameSite: "lax",
        path: "/",
      });
    return response;
  };

  // A cached page cannot carry a per-response nonce (see docs/adr/0017 for the cost of a nonce).
  if (CACHED_PAGE.test(routed)) {
    const response = rewritten ? NextResponse.rewrite(rewritten) : NextResponse.next();
    response.headers.set("content-security-policy", cachedPageCsp());
    return keepChoice(response);
  }

  const embedded = embedBrandOf(path);
  const csp = pageCsp({
    nonce: newNonce(),
    frameAncestors: embedded ? await frameAncestorsOf(embedded) : "'self'",
    dev: process.env.NODE_ENV !== "production",
  });
  // Next reads the nonce from the request's CSP header and puts it on every script it renders.
  const headers = new Headers(request.headers);
  headers.set("content-security-policy", csp);
  const response = rewritten
    ? NextResponse.rewrite(rewritten, { request: { headers } })
    : NextResponse.next({ request: { headers } });
  response.headers.set("content-security-policy", csp);
  return keepChoice(response);
}

export const config = {
  // Everything but the build's static assets, which name no brand and carry no script.
  matcher: ["/((?!_next/static/|_next/image/).*)"],
};
