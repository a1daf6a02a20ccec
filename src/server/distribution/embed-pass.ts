// The embed's pass: Marquee's signature on "this brand's embed page was loaded by a browser, in a
// frame, on a page of this allowed site, until then". The embed page issues it from what the
// browser says about the framing page (Referer, Sec-Fetch-Dest: iframe); checkout records the
// channel `embed:<origin>` only from a valid pass for the same brand, never from the client's
// word. What it proves and what it cannot: docs/adr/0018-client-address-and-abuse-limits.md.
import { z } from "zod";
import { sign, verify } from "@/server/platform/signing";
import { embedAllowed } from "./infrastructure/places-repo";

const PURPOSE = "embed-pass";
/** Long enough for a fan who leaves the page open for the evening; short enough to go stale. */
const PASS_SECONDS = 12 * 3600;

const frameRequest = z.object({
  referer: z.string().max(2000).nullish(),
  fetchDest: z.string().max(40).nullish(),
});
/** b: the brand's id, o: the framing site's origin, x: expiry in Unix seconds. */
const passBody = z.object({
  b: z.string().min(1).max(64),
  o: z.string().min(1).max(200),
  x: z.number().int(),
});
type Brand = { id: string; slug: string };
const passInput = z.string().min(1).max(1000);

function originOf(referer: string | null | undefined): string | null {
  if (!referer) return null;
  try {
    const url = new URL(referer);
    return url.protocol === "https:" || url.protocol === "http:" ? url.origin : null;
  } catch {
    return null;
  }
}

/**
 * A pass for this brand's embed, when the request is a frame (Sec-Fetch-Dest: iframe) on a page
 * whose origin (from the Referer) the brand allows; else null — the frame sells as the shop.
 */
export async function embedPassFor(
  brand: Brand,
  headers: { referer?: string | null; fetchDest?: string | null },
  now: Date,
): Promise<string | null> {
  const request = frameRequest.safeParse(headers);
  if (!request.success || request.data.fetchDest !== "iframe") return null;
  const origin = originOf(request.data.referer);
  if (!origin || !(await embedAllowed(brand.slug, origin))) return null;
  const claims: z.infer<typeof passBody> = {
    b: brand.id,
    o: origin,
    x: Math.floor(now.getTime() / 1000) + PASS_SECONDS,
  };
  const body = Buffer.from(JSON.stringify(claims)).toString("base64url");
  return `${body}.${sign(PURPOSE, body)}`;
}

/**
 * The site a pass vouches for — if Marquee signed it, for this brand, unexpired, the site still allowed; else
 * null.
 */
export async function embedOriginOf(brand: Brand, pass: unknown, now: Date): Promise<string | null> {
  const raw = passInput.safeParse(pass);
  if (!raw.success) return null;
  const [body, signature, ...rest] = raw.data.split(".");
  if (!body || !signature || rest.length > 0 || !verify(PURPOSE, body, signature)) return null;
  let claims: z.infer<typeof passBody>;
  try {
    const parsed = passBody.safeParse(JSON.parse(Buffer.from(body, "base64url").toString("utf8")));
    if (!parsed.success) return null;
    claims = parsed.data;
  } catch {
    return null;
  }
  if (claims.b !== brand.id || claims.x * 1000 <= now.getTime()) return null;
  return (await embedAllowed(brand.slug, claims.o)) ? claims.o : null;
}
