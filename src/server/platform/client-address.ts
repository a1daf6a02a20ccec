// Who is asking, for rate limits. X-Forwarded-For is a list each proxy appends to; only the
// entries our own proxies appended can be trusted — the ones further left are whatever the
// client sent. So the client is the entry `trustedProxies` places from the right.
export function clientAddress(forwardedFor: string | null | undefined, trustedProxies: number): string {
  const hops = (forwardedFor ?? "").split(",").map((s) => s.trim()).filter(Boolean);
  if (hops.length === 0) return "local";
  return hops[Math.max(0, hops.length - Math.max(1, trustedProxies))]!;
}
