// Every language Marquee ships says everything English says, no more: a new English message without
// its French and German fails here (docs/adr/0033; README "Adding a language").
import { describe, expect, it } from "vitest";
import { LOCALES } from "./i18n";
import { MESSAGES, translatorFor } from "./messages";

/** "buy.total", "order.status.paid", … : every leaf's path. */
function keysOf(messages: object, prefix = ""): string[] {
  return Object.entries(messages).flatMap(([key, value]) =>
    value && typeof value === "object" ? keysOf(value, `${prefix}${key}.`) : [`${prefix}${key}`],
  );
}
/** The ICU arguments a message takes ({name}, {count, plural, …}), sorted. */
const argumentsOf = (message: string) =>
  [...new Set([...message.matchAll(/\{\s*(\w+)\s*[,}]/g)].map((m) => m[1]!))].sort();
const at = (messages: object, path: string) =>
  path.split(".").reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], messages) as string;

const english = keysOf(MESSAGES.en).sort();

describe.each(LOCALES.filter((l) => l !== "en"))("the %s messages", (locale) => {
  it("have every English key and no other", () => {
    const keys = keysOf(MESSAGES[locale]).sort();
    expect(
      english.filter((k) => !keys.includes(k)),
      "missing",
    ).toEqual([]);
    expect(
      keys.filter((k) => !english.includes(k)),
      "extra",
    ).toEqual([]);
  });

  it("take the same arguments as English and are never empty", () => {
    for (const key of english) {
      const message = at(MESSAGES[locale], key);
      expect(message.trim(), key).not.toBe("");
      expect(argumentsOf(message), key).toEqual(argumentsOf(at(MESSAGES.en, key)));
    }
  });
});

describe("a translated message", () => {
  it("formats its plurals and arguments in the language", () => {
    expect(translatorFor("fr")("offer.hoursLeft", { hours: 1 })).toBe("encore 1 heure");
    expect(translatorFor("de")("order.noLongerAdmits", { count: 2 })).toBe(
      "Die erstatteten Tickets gewähren keinen Einlass mehr.",
    );
  });
});
