// Where a brand's shop may live: its own host name (tickets.brand.com, matched on the Host
// header) and the origins allowed to frame the embedded shop (CSP frame-ancestors).
import { z } from "zod";

const HOST = /^(?=.{4,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;

/** A Host header → the bare host name we match on: lowercased, without port or trailing dot. */
export function normalizeHost(header: string | null | undefined): string | null {
  if (!header) return null;
  const host = header.trim().toLowerCase().replace(/:\d+$/, "").replace(/\.$/, "");
  return HOST.test(host) ? host : null;
}

// A host an origin may name: a DNS name, localhost or an IPv4 address — letters, digits, dots and
// hyphens only, so an origin can never carry CSP syntax (";", quotes, spaces, "*") into a header.
const ORIGIN_HOST = /^(localhost|(\d{1,3}\.){3}\d{1,3}|([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63})$/;

/** An origin as the browser sends it: http(s)://host[:port], nothing else. */
export function normalizeOrigin(raw: string): string | null {
  try {
    const u = new URL(raw.trim());
    if (u.protocol !== "https:" && u.protocol !== "http:") return null;
    if (u.username || u.password || (u.pathname !== "/" && u.pathname !== "") || u.search || u.hash)
      return null;
    if (!ORIGIN_HOST.test(u.hostname)) return null;
    return u.origin;
  } catch {
    return null;
  }
}

export function placesInput(ownHost: string | null) {
  return z.object({
    customDomain: z
      .string()
      .trim()
      .toLowerCase()
      .max(253)
      .transform((s) => s.replace(/^https?:\/\//, "").replace(/\/$/, ""))
      .refine(
        (s) => s === "" || normalizeHost(s) === s,
        "Enter a host name like tickets.yourbrand.com (no path, no port)",
      )
      .refine((s) => s === "" || s !== ownHost, "That is Marquee's own address; enter your brand's domain")
      .transform((s) => s || null),
    embedOrigins: z
      .array(z.string().trim())
      .max(20, "At most 20 sites")
      .transform((list, ctx) => {
        const out: string[] = [];
        for (const raw of list.filter(Boolean)) {
          const origin = normalizeOrigin(raw);
          if (!origin) {
            ctx.addIssue({
              code: "custom",
              message: `“${raw.slice(0, 80)}” is not a site address like https://yourbrand.com (no path)`,
            });
            return z.NEVER;
          }
          if (!out.includes(origin)) out.push(origin);
        }
        return out;
      }),
  });
}
