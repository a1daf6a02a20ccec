import { randomBytes } from "node:crypto";

// Crockford base32 without I, L, O, U: easy to read aloud and to type at a door.
const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

function base32(bytes: Buffer, length: number): string {
  let out = "";
  for (let i = 0; i < length; i++) out += ALPHABET[bytes[i]! % 32];
  return out;
}

/** A sortable-enough random id: time prefix + 16 random characters. */
export function newId(prefix = ""): string {
  const time = Date.now().toString(36).padStart(9, "0");
  return `${prefix}${time}${base32(randomBytes(16), 16).toLowerCase()}`;
}

/** A short, human order reference such as `MQ-7K3F9A2B`. */
export function newReference(): string {
  return `MQ-${base32(randomBytes(8), 8)}`;
}
