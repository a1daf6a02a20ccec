// The event catalogue: every event type the server appends to the log is declared in its
// context's events.ts, as a member of that context's union. appendToStream<ContextEvent> makes
// an undeclared literal a type error; this reads the source as well, so a type reaching the log
// some other way (a string picked from a map, a helper's argument, a cast) is caught too.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { LOG_ENTRY_TYPES } from "@/components/labels";

const SERVER = path.join(__dirname, "..");
const CONTEXTS = ["checkout", "distribution", "fulfillment", "inventory", "offering", "pricing"];

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sources(full);
    return /\.ts$/.test(name) && !/\.test\.ts$/.test(name) ? [full] : [];
  });
}

/** A context's declared events: each `X = DomainEvent<"X", …>` alias, and its union's members. */
function declaredIn(eventsTs: string): { types: Map<string, string>; union: string[] } {
  const types = new Map<string, string>();
  for (const m of eventsTs.matchAll(/export type (\w+) = DomainEvent<\s*"(\w+)"/g)) types.set(m[1]!, m[2]!);
  const union = /export type \w+Event =([^;]+);/.exec(eventsTs);
  return { types, union: union ? [...union[1]!.matchAll(/\b([A-Z]\w+)\b/g)].map((m) => m[1]!) : [] };
}

/** Error codes are PascalCase strings too (`"SoldOut"`), and never log entries. */
const ERROR_CODES = new Set(
  [
    ...(
      /export type ErrorCode =([^;]+);/.exec(
        readFileSync(path.join(SERVER, "platform", "errors.ts"), "utf8"),
      )?.[1] ?? ""
    ).matchAll(/"(\w+)"/g),
  ].map((m) => m[1]!),
);

/**
 * The event types a source text appends: every `type: "X"`, and — in a file that appends —
 * every two-word PascalCase string, which also catches a type chosen from a map
 * (`STATE_EVENT[state]`) or passed to a helper (`record(…, "LogoChanged", …)`).
 */
export function appendedIn(text: string): string[] {
  const found = new Set<string>();
  for (const m of text.matchAll(/\btype: "([A-Z][A-Za-z]+)"/g)) found.add(m[1]!);
  if (/\bappend\w*(<[^>]*>)?\(/.test(text))
    for (const m of text.matchAll(/"([A-Z][a-z0-9]+(?:[A-Z][a-z0-9]*)+)"/g))
      if (!ERROR_CODES.has(m[1]!)) found.add(m[1]!);
  return [...found];
}

function catalogue() {
  const declared = new Map<string, string>(); // event type → context
  const unlisted: string[] = [];
  for (const context of CONTEXTS) {
    const file = path.join(SERVER, context, "events.ts");
    const { types, union } = declaredIn(readFileSync(file, "utf8"));
    for (const [alias, type] of types) {
      if (!union.includes(alias)) unlisted.push(`${context}: ${alias}`);
      else declared.set(type, context);
    }
  }
  const appended = new Map<string, string[]>(); // event type → files appending it
  for (const file of sources(SERVER)) {
    const rel = path.relative(SERVER, file);
    if (rel.startsWith(`eventlog${path.sep}`) || rel.endsWith(`${path.sep}events.ts`)) continue;
    for (const type of appendedIn(readFileSync(file, "utf8")))
      appended.set(type, [...(appended.get(type) ?? []), rel]);
  }
  return { declared, unlisted, appended };
}

describe("the event catalogue", () => {
  const { declared, unlisted, appended } = catalogue();

  it("declares every event type the server appends, in its context's events.ts", () => {
    // The scan sees what it must: a literal, a map's value, a helper's argument.
    expect([...appended.keys()]).toEqual(
      expect.arrayContaining(["HoldPlaced", "OrderPartiallyFulfilled", "LogoChanged", "PromoCodeRedeemed"]),
    );
    const undeclared = [...appended].filter(([type]) => !declared.has(type));
    expect(undeclared, "declare these in their context's events.ts union").toEqual([]);
  });

  it("puts every declared event in its context's union, and reads the unions the compiler does", () => {
    expect(unlisted).toEqual([]);
    // LOG_ENTRY_TYPES lists the unions' members (vocabulary.ts), each once: exactly them.
    expect([...declared.keys()].sort()).toEqual([...LOG_ENTRY_TYPES].sort());
  });

  it("finds an undeclared type however it is appended", () => {
    const literal = 'appendToStream<OfferingEvent>(tx, s, 0, [{ type: "SeatMapDrawn", payload: {} }], m);';
    const viaMap = 'const NEXT = { drawn: "SeatMapDrawn" };\nawait appendToStream<E>(tx, s, "any", [e], m);';
    const viaHelper = 'await record(brandId, actor, "SeatMapDrawn", {});\nappendMany(tx, batch);';
    for (const text of [literal, viaMap, viaHelper]) expect(appendedIn(text)).toContain("SeatMapDrawn");
    expect(appendedIn('throw new DomainError("SoldOut", "…"); appendToStream<E>(tx)')).toEqual([]);
  });
});
