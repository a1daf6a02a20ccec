// Before routing: which brand a custom domain serves, and who may frame a brand's embed.
// - A brand's own domain (tickets.brand.com) shows that brand's shop: `/` is its home, `/<event>`
//   an event; an unknown domain gets a 404. Studio and sign-in live on Marquee's host only.
// - The embed may be framed by the brand's allowed origins (CSP frame-ancestors); every other page
//   by this site only (next.config.js sets that statically).
// The proxy runs only where it can change something (see `matcher`): it costs about a third of the
// shop page's throughput when it runs on every request, so the hot paths — event pages
// (/s/<brand>/<event>), the shop API, assets, files — skip it.
import { NextResponse, type NextRequest } from "next/server";
import { frameAncestorsOf, placeOfHost } from "@/server/distribution";


function framedBy(res: NextResponse, sources: string): NextResponse {
  res.headers.set("content-security-policy", `frame-ancestors ${sources}`);
  return res;
}

const NOT_HERE = `<!doctype html><meta charset="utf-8"><title>No shop here</title><body style="font-family:system-ui,sans-serif;max-width:32rem;margin:15vh auto;padding:0 1.5rem;color:#18181b"><h1>No shop is set up at this address</h1><p>If you run this domain, add it to your brand in Marquee Studio under “Domain &amp; embed”.</p></body>`;

export async function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  const place = await placeOfHost(request.headers.get("host"));
  if (!place.own) {
    if (!place.brandSlug) return new NextResponse(NOT_HERE, { status: 404, headers: { "content-type": "text/html; charset=utf-8" } });
    const shop = `/s/${place.brandSlug}`;
    // Of the paths the matcher sends here, only the embed is shared with Marquee's host as it is.
    if (!pathname.startsWith("/embed/") && pathname !== shop && !pathname.startsWith(`${shop}/`)) {
      const url = request.nextUrl.clone();
      url.pathname = pathname === "/" ? shop : `${shop}${pathname}`;
      return framedBy(NextResponse.rewrite(url), "'self'");
    }
  }
  const embed = /^\/embed\/([a-z0-9-]{1,60})\//.exec(pathname);
  return embed ? framedBy(NextResponse.next(), await frameAncestorsOf(embed[1]!)) : NextResponse.next();
}

export const config = {
  matcher: [
    "/", // a custom domain's home, or an unknown host's 404
    "/((?!(?:_next|fonts|files|pay|api|s|studio|embed|prerendered|embed\\.js|favicon\\.ico)(?:/|$))[^/]+)", // a custom domain's event pages
    "/s/:brand", // another brand's shop through a custom domain is not found
    "/studio/:path*", // Studio is not served on custom domains
    "/embed/:path*", // per-brand frame-ancestors
  ],
};
