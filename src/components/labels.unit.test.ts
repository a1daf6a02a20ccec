// Every state and every log entry the Studio can show has human words. The union types make a
// missing label a type error; this reads the source too, so an event appended to the log without
// being declared in its context's events.ts cannot slip through either.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { DELIVERY_LABELS, LOG_ENTRY_SENTENCES, logEntrySentence, stateLabel } from "./labels";

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

const readable = (words: string) => !/_|[a-z][A-Z]/.test(words) && /^[A-Z]/.test(words);

describe("the words for states", () => {
  it("names every order state in words, not its code", () => {
    const states = listMembers("checkout/model/order.ts", "ORDER_STATUSES");
    expect(states).toContain("partially_fulfilled");
    for (const s of states) {
      const { label } = stateLabel("order", s);
      expect(readable(label), `${s} → ${label}`).toBe(true);
    }
    expect(stateLabel("order", "partially_fulfilled").label).toBe("Partly delivered");
  });

  it("names every item state and every way of delivery", () => {
    for (const s of unionMembers("fulfillment/model/plan.ts", "ItemStatus"))
      expect(readable(stateLabel("item", s).label), s).toBe(true);
    expect(stateLabel("item", "to_ship").label).toBe("To be shipped");
    const kinds = unionMembers("fulfillment/model/plan.ts", "FulfillmentKind");
    expect(Object.keys(DELIVERY_LABELS).sort()).toEqual(kinds.sort());
    expect(DELIVERY_LABELS.shipment).toBe("By post");
  });

  it("shows a state it does not know readably rather than failing", () => {
    expect(stateLabel("order", "on_hold")).toEqual({ label: "on hold", tone: "zinc" });
  });
});

describe("the words for log entries", () => {
  it("has a sentence for every event type the server writes to the log", () => {
    const types = logEntryTypes();
    expect(types).toContain("HoldPlaced");
    expect(types).toContain("RefundSettled");
    expect(types).toContain("OrderPartiallyFulfilled"); // chosen from a map
    expect(types).toContain("LogoChanged"); // passed to a helper
    expect(types).toContain("HoldExpired"); // an error code too, and a log entry
    expect(types).not.toContain("NotFound");
    const missing = types.filter((t) => !Object.hasOwn(LOG_ENTRY_SENTENCES, t));
    expect(missing, "add words for these in src/components/labels.ts").toEqual([]);
  });

  it("says every entry as a sentence, never as the event's name", () => {
    for (const [type, sentence] of Object.entries(LOG_ENTRY_SENTENCES)) {
      expect(sentence, type).not.toBe(type);
      expect(readable(sentence), `${type} → ${sentence}`).toBe(true);
    }
    expect(logEntrySentence("HoldPlaced")).toBe("Units reserved for a cart");
  });

  it("spells out a type it does not know instead of showing its code", () => {
    expect(logEntrySentence("SeatMapDrawn")).toBe("Seat map drawn");
  });
});
