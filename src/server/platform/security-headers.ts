// The Content-Security-Policy of a page (docs/adr/0017): scripts only with this response's nonce
// (and what they load: 'strict-dynamic'), no plugins, no <base>, forms post here only, framed
// only by `frameAncestors`. Styles may be inline: themes set CSS variables in style attributes.

/** A fresh nonce for one response: 128 random bits, base64. */
export function newNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}

export function pageCsp(page: { nonce: string; frameAncestors: string; dev?: boolean }): string {
  const { nonce, frameAncestors, dev = false } = page;
  return [
    "default-src 'self'",
    // React uses eval in development for its debugging aids.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    `connect-src 'self'${dev ? " ws: wss:" : ""}`,
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    `frame-ancestors ${frameAncestors}`,
  ].join("; ");
}

/**
 * The policy of a page served from Next's cache (the shop's event pages), which cannot carry a
 * per-response nonce: scripts from this site only, inline ones allowed (Next's bootstrap differs per
 * page and build, so no hash list can name it). Plugins, <base>, foreign forms and frames stay off.
 */
export function cachedPageCsp(): string {
  const policy = pageCsp({ nonce: "", frameAncestors: "'self'" });
  return policy.replace(/script-src [^;]*/, "script-src 'self' 'unsafe-inline'");
}

/** The whole policy of a response that is not a page (a 404 from the proxy, a file). */
export const NOTHING_CSP = "default-src 'none'; frame-ancestors 'none'";
