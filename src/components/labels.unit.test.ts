// Every state and every log entry the Studio can show has human words, in every language it
// speaks. The union types make missing English words a type error (and the messages' parity test
// a missing translation); this reads the source too, so an event appended to the log without
// being declared in its context's events.ts cannot slip through either.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { createTranslator } from "use-intl/core";
import { describe, expect, it } from "vitest";
import en from "@/server/platform/messages/studio/common/en.json";
import fr from "@/server/platform/messages/studio/common/fr.json";
import de from "@/server/platform/messages/studio/common/de.json";
import { LOG_ENTRY_TYPES, deliveryLabel, logEntrySentence, stateLabel, type CommonWords } from "./labels";

const SERVER = path.join(__dirname, "..", "server");

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sources(full);
    return /\.ts$/.test(name) && !/\.test\.ts$/.test(name) ? [full] : [];
  });
}

/** The members of a string-literal union type declared in a source file. */
function unionMembers(file: string, typeName: string, member = /"([a-z_]+)"/g): string[] {
  const text = readFileSync(path.join(SERVER, file), "utf8");
  const decl = new RegExp(`export type ${typeName} =([^;]+);`).exec(text);
  if (!decl) throw new Error(`${typeName} not found in ${file}`);
  return [...decl[1]!.matchAll(member)].map((m) => m[1]!);
}

/** The members of a `const … = [...] as const` list declared in a source file. */
function listMembers(file: string, constName: string): string[] {
  const text = readFileSync(path.join(SERVER, file), "utf8");
  const decl = new RegExp(`export const ${constName} = \\[([^\\]]+)\\] as const`).exec(text);
  if (!decl) throw new Error(`${constName} not found in ${file}`);
  return [...decl[1]!.matchAll(/"([a-z_]+)"/g)].map((m) => m[1]!);
}

/**
 * Every event type the server writes to the log or declares, read from its source: each
 * `type: "…"`, and every two-word PascalCase string in a file that appends or declares events —
 * that also catches types chosen from a map (`type: STATE_EVENT[state]`) or passed to a helper
 * (`record(…, "LogoChanged", …)`). Error codes are not log entries; the kernel writes none.
 */
function logEntryTypes(): string[] {
  const errorCodes = new Set(unionMembers("platform/errors.ts", "ErrorCode", /"([A-Za-z]+)"/g));
  const found = new Set<string>();
  for (const file of sources(SERVER)) {
    const text = readFileSync(file, "utf8");
    for (const m of text.matchAll(/\btype: "([A-Z][A-Za-z]+)"/g)) found.add(m[1]!);
    if (file.includes(`${path.sep}eventlog${path.sep}`) || !/appendToStream|DomainEvent</.test(text))
      continue;
    for (const m of text.matchAll(/"([A-Z][a-z0-9]+(?:[A-Z][a-z0-9]*)+)"/g))
      if (!errorCodes.has(m[1]!)) found.add(m[1]!);
  }
  return [...found].sort();
}

const readable = (words: string) => !/_|[a-z][A-Z]/.test(words) && /^[A-ZÀ-Ý]/.test(words);

/** The Studio's shared words in one language, as the pages get them. */
const wordsIn = (locale: "en" | "fr" | "de", common: typeof en): CommonWords =>
  createTranslator({ locale, messages: { studio: { common } }, namespace: "studio.common" });
const LANGUAGES = [
  ["en", wordsIn("en", en)],
  ["fr", wordsIn("fr", fr)],
  ["de", wordsIn("de", de)],
] as const;
const english = LANGUAGES[0][1];

describe.each(LANGUAGES)("the words for states in %s", (_, t) => {
  it("names every order state in words, not its code", () => {
    const states = listMembers("checkout/model/order.ts", "ORDER_STATUSES");
    expect(states).toContain("partially_fulfilled");
    for (const s of states) {
      const { label } = stateLabel(t, "order", s);
      expect(readable(label), `${s} → ${label}`).toBe(true);
    }
  });

  it("names every item state and every way of delivery", () => {
    for (const s of unionMembers("fulfillment/model/plan.ts", "ItemStatus"))
      expect(readable(stateLabel(t, "item", s).label), s).toBe(true);
    const kinds = unionMembers("fulfillment/model/plan.ts", "FulfillmentKind");
    expect(Object.keys(en.delivery).sort()).toEqual(kinds.sort());
    for (const kind of kinds)
      expect(readable(deliveryLabel(t, kind as keyof typeof en.delivery)), kind).toBe(true);
  });

  it("shows a state it does not know readably rather than failing", () => {
    expect(stateLabel(t, "order", "on_hold")).toEqual({ label: "on hold", tone: "zinc" });
  });
});

describe("the words for states, language by language", () => {
  it("keeps today's English and says the same state in French and German", () => {
    expect(stateLabel(english, "order", "partially_fulfilled")).toEqual({
      label: "Partly delivered",
      tone: "violet",
    });
    expect(stateLabel(english, "item", "to_ship").label).toBe("To be shipped");
    expect(deliveryLabel(english, "shipment")).toBe("By post");
    expect(stateLabel(LANGUAGES[1][1], "order", "partially_fulfilled").label).toBe("Partiellement livrée");
    expect(stateLabel(LANGUAGES[2][1], "order", "partially_fulfilled").label).toBe("Teilweise geliefert");
  });
});

describe("the words for log entries", () => {
  it("lists every event type the server writes to the log", () => {
    const types = logEntryTypes();
    expect(types).toContain("HoldPlaced");
    expect(types).toContain("RefundSettled");
    expect(types).toContain("OrderPartiallyFulfilled"); // chosen from a map
    expect(types).toContain("LogoChanged"); // passed to a helper
    expect(types).toContain("HoldExpired"); // an error code too, and a log entry
    expect(types).not.toContain("NotFound");
    const missing = types.filter((t) => !(LOG_ENTRY_TYPES as readonly string[]).includes(t));
    expect(missing, "declare these in their context's events.ts, then give them words").toEqual([]);
  });

  it.each(LANGUAGES)("says every entry as a sentence in %s, never as the event's name", (_, t) => {
    for (const type of LOG_ENTRY_TYPES) {
      const sentence = logEntrySentence(t, type);
      expect(sentence, type).not.toBe(type);
      expect(readable(sentence), `${type} → ${sentence}`).toBe(true);
    }
  });

  it("keeps today's English sentences", () => {
    expect(logEntrySentence(english, "HoldPlaced")).toBe("Units reserved for a cart");
    expect(logEntrySentence(english, "OrderPartiallyFulfilled")).toBe("Part of the order delivered");
  });

  it("spells out a type it does not know instead of showing its code", () => {
    expect(logEntrySentence(english, "SeatMapDrawn")).toBe("Seat map drawn");
  });
});
