import { describe, expect, it } from "vitest";
import { ticketCode, verifyTicketCode } from "./ticket-code";

const K = "door-signing-key-one";
const OTHER = "door-signing-key-two";
const ID = "tkt0123456789abcdefghijklmn"; // tkt + 24 lowercase alnum
const ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";
const BASE64URL = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/** `s` with position `i` replaced by some other character from `alphabet`. */
function alter(s: string, i: number, alphabet: string): string {
  const c = s[i]!;
  const other = alphabet[(alphabet.indexOf(c) + 1) % alphabet.length]!;
  return s.slice(0, i) + other + s.slice(i + 1);
}

describe("ticketCode", () => {
  it("is the ticket id, a dot, and a 22-character signature", () => {
    expect(ticketCode(ID, K)).toMatch(/^tkt0123456789abcdefghijklmn\.[A-Za-z0-9_-]{22}$/);
  });

  it("depends on the key", () => {
    expect(ticketCode(ID, K)).not.toBe(ticketCode(ID, OTHER));
  });
});

describe("verifyTicketCode", () => {
  const code = ticketCode(ID, K);
  const dot = code.lastIndexOf(".");

  describe("given a code made with key K", () => {
    it("verifies with K to its ticket id", () => {
      expect(verifyTicketCode(code, K)).toBe(ID);
    });

    it("verifies when scanned with surrounding whitespace", () => {
      expect(verifyTicketCode(`  ${code}\n`, K)).toBe(ID);
    });

    it("verifies for ids at both ends of the allowed length", () => {
      for (const id of [`tkt${"a".repeat(20)}`, `tkt${"9".repeat(40)}`])
        expect(verifyTicketCode(ticketCode(id, K), K)).toBe(id);
    });

    it("is refused with another key", () => {
      expect(verifyTicketCode(code, OTHER)).toBeNull();
    });
  });

  describe("when any single character of the signature is altered", () => {
    it("is refused at every position", () => {
      for (let i = dot + 1; i < code.length; i++) {
        const altered = alter(code, i, BASE64URL);
        expect(altered, `position ${i}`).not.toBe(code);
        expect(verifyTicketCode(altered, K), `signature altered at position ${i}: ${altered}`).toBeNull();
      }
    });
  });

  describe("when any single character of the ticket id is altered", () => {
    it("is refused at every position", () => {
      for (let i = 0; i < dot; i++) {
        const altered = alter(code, i, ALPHABET);
        expect(altered, `position ${i}`).not.toBe(code);
        expect(verifyTicketCode(altered, K), `id altered at position ${i}: ${altered}`).toBeNull();
      }
    });
  });

  describe("when the signature is truncated or extended", () => {
    it("is refused", () => {
      expect(verifyTicketCode(code.slice(0, -1), K)).toBeNull();
      expect(verifyTicketCode(`${code}A`, K)).toBeNull();
      expect(verifyTicketCode(`${ID}.`, K)).toBeNull();
    });
  });

  describe("when the id is well signed but not a ticket id", () => {
    it("is refused", () => {
      for (const id of ["tkt123", `TKT${"a".repeat(24)}`, `usr${"a".repeat(24)}`, `tkt${"a".repeat(41)}`]) {
        expect(verifyTicketCode(ticketCode(id, K), K), id).toBeNull();
      }
    });
  });

  describe("given a malformed string", () => {
    it.each([
      ["empty", ""],
      ["short text", "abc"],
      ["a prefix and a dot", "tkt.x"],
      ["only a dot", "."],
      ["no dot", ID],
      ["very long", `${ID}.${"A".repeat(500)}`],
      ["very long id", `tkt${"a".repeat(200)}.${"A".repeat(22)}`],
    ])("refuses %s", (_label, raw) => {
      expect(verifyTicketCode(raw, K)).toBeNull();
    });
  });
});
