// A context words its errors in English (docs/adr/0033, 0035); a page that speaks another language
// recognises each English message of a catalogue — its `{arguments}` read back out of it — and says
// it again in that language. The fan's refusals (`messages/en.json` "errors") and the Studio's
// (`studio/common` "domain") are matched here alike. A message not listed stays as it is.
import type { Locale } from "./i18n";

/** Says one catalogue key, with the arguments read out of the English, in a language. */
export type Say = (locale: Locale, key: string, values: Record<string, string>) => string;

const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Every leaf of a (nested) catalogue by its dotted key: { "offering.nameProduct": "Name the product" }. */
export function leavesOf(catalogue: object, prefix = ""): [string, string][] {
  return Object.entries(catalogue).flatMap(([key, value]): [string, string][] =>
    value && typeof value === "object"
      ? leavesOf(value, `${prefix}${key}.`)
      : [[`${prefix}${key}`, String(value)]],
  );
}

/** An English message as a pattern: "Only {count} {product} is left." → /^Only (.+?) (.+?) is left\.$/. */
function patternOf(english: string) {
  const names: string[] = [];
  const source = english
    .split(/(\{\w+\})/)
    .map((part) => {
      const arg = /^\{(\w+)\}$/.exec(part);
      if (!arg) return escapeRegex(part);
      names.push(arg[1]!);
      return "(.+?)";
    })
    .join("");
  return { names, regex: new RegExp(`^${source}$`, "s") };
}

/** A translator of a catalogue's messages: `(message, locale) => the same message in locale`. */
export function domainWords(english: object, say: Say) {
  const patterns = leavesOf(english).map(([key, text]) => ({ key, ...patternOf(text) }));
  return (message: string, locale: Locale | null | undefined): string => {
    if (!locale || locale === "en") return message;
    for (const { key, names, regex } of patterns) {
      const found = regex.exec(message);
      if (!found) continue;
      return say(locale, key, Object.fromEntries(names.map((n, i) => [n, found[i + 1]!])));
    }
    return message;
  };
}
