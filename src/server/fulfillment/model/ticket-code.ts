// A ticket code is `<ticket id>.<signature>`. The signature (HMAC-SHA256 with the ticket-signing
// key, truncated) is checked before any database read, so a forged or altered code costs nothing.
import { createHmac, timingSafeEqual } from "node:crypto";

const ID = /^tkt[a-z0-9]{20,40}$/;

function mac(id: string, key: string): string {
  return createHmac("sha256", key).update(`ticket:${id}`).digest("base64url").slice(0, 22);
}

export function ticketCode(ticketId: string, key: string): string {
  return `${ticketId}.${mac(ticketId, key)}`;
}

/** The ticket id inside a genuine code, or null for anything forged, altered or malformed. */
export function verifyTicketCode(raw: string, key: string): string | null {
  const code = raw.trim();
  const dot = code.lastIndexOf(".");
  if (dot < 0 || code.length > 100) return null;
  const id = code.slice(0, dot);
  const sig = Buffer.from(code.slice(dot + 1));
  if (!ID.test(id)) return null;
  const expected = Buffer.from(mac(id, key));
  return sig.length === expected.length && timingSafeEqual(sig, expected) ? id : null;
}
