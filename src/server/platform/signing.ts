// HMAC signatures for things handed to people: ticket codes and order links. A code that does
// not verify is rejected before any database read.
import { createHmac, timingSafeEqual } from "node:crypto";
import { config } from "./config";

function mac(purpose: string, value: string, key = config().TICKET_SIGNING_KEY): string {
  return createHmac("sha256", key).update(`${purpose}:${value}`).digest("base64url").slice(0, 22);
}

function safeEqual(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

export function sign(purpose: string, value: string, key?: string): string {
  return mac(purpose, value, key);
}

export function verify(purpose: string, value: string, signature: string, key?: string): boolean {
  return safeEqual(mac(purpose, value, key), signature);
}
