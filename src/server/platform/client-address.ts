// Who is asking, for rate limits — an address the client cannot choose.
//
// - TRUSTED_PROXIES=0 (the default: `npm start` serves the internet itself): the TCP peer. Next's
//   route handlers never see the socket, so npm start's front server (scripts/lib/web-server.mjs)
//   overwrites CLIENT_ADDRESS_HEADER on every request with the connection's address and marks its
//   process with MARQUEE_FRONT=socket. Without that mark the header is whatever the client sent,
//   so it is ignored and every client shares one key: slower for all, but never forgeable.
// - TRUSTED_PROXIES=N ≥ 1: X-Forwarded-For is a list each proxy appends to; only the entries our
//   own proxies appended can be trusted, so the client is the entry N places from the right.
import { z } from "zod";

export const CLIENT_ADDRESS_HEADER = "x-marquee-client-address";
/** The key every client shares when no front server tells them apart (never a real address). */
export const UNKNOWN_CLIENT = "unknown-client";

// An IPv4 or IPv6 address as Node reports it (":ffff:1.2.3.4", a "%eth0" zone); anything else is not ours.
const address = z
  .string()
  .trim()
  .min(1)
  .max(64)
  .regex(/^[0-9a-fA-F:.%a-zA-Z]+$/);

type HeaderSource = { get(name: string): string | null };

/** The client by X-Forwarded-For alone. With no proxy (0) the header is the client's own: never taken. */
export function clientAddress(forwardedFor: string | null | undefined, trustedProxies: number): string {
  if (trustedProxies < 1) return UNKNOWN_CLIENT;
  const hops = (forwardedFor ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  if (hops.length === 0) return "local";
  return hops[Math.max(0, hops.length - Math.max(1, trustedProxies))]!;
}

/**
 * The client of one request under this proxy setting. `front`: npm start's front server runs in this process.
 */
export function clientAddressOf(
  headers: HeaderSource,
  trustedProxies: number,
  front = process.env.MARQUEE_FRONT === "socket",
): string {
  if (trustedProxies >= 1) return clientAddress(headers.get("x-forwarded-for"), trustedProxies);
  if (!front) return UNKNOWN_CLIENT;
  const parsed = address.safeParse(headers.get(CLIENT_ADDRESS_HEADER));
  return parsed.success ? parsed.data : UNKNOWN_CLIENT;
}
