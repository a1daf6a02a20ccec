// The domain's refusals in the fan's language (docs/adr/0033). The domain words its errors in
// English; the shop's client says which language its page speaks (`x-marquee-lang`), and here
// each English message of `messages/en.json` "errors" is recognised — its `{arguments}` read
// back out of it — and said again in that language. A message not listed stays as it is.
import { isLocale, type Locale } from "@/server/platform/i18n";
import { MESSAGES, translatorFor, type Messages } from "@/server/platform/messages";

type ErrorKey = keyof Messages["errors"];
const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Each English error as a pattern: "Only {count} {product} is left." → /^Only (.+?) (.+?) is left\.$/. */
const PATTERNS = (Object.entries(MESSAGES.en.errors) as [ErrorKey, string][]).map(([key, english]) => {
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
  return { key, names, regex: new RegExp(`^${source}$`, "s") };
});

/** The language a request's page speaks, from the shop's client header (null: none said). */
export function fanLanguageOf(header: string | null | undefined): Locale | null {
  return isLocale(header) ? header : null;
}

/** One domain message in the fan's language (itself when it is not a known one, or in English). */
export function inFansWords(message: string, locale: Locale | null | undefined): string {
  if (!locale || locale === "en") return message;
  for (const { key, names, regex } of PATTERNS) {
    const found = regex.exec(message);
    if (!found) continue;
    const values = Object.fromEntries(names.map((n, i) => [n, found[i + 1]!]));
    return (translatorFor(locale) as (k: string, v: Record<string, string>) => string)(
      `errors.${key}`,
      values,
    );
  }
  return message;
}

/** An error's details with every field's message in the fan's language too. */
export function detailsInFansWords(
  details: Record<string, unknown> | null,
  locale: Locale | null | undefined,
): Record<string, unknown> | null {
  if (!details || !locale || locale === "en") return details;
  const fields = details.fields;
  if (!fields || typeof fields !== "object") return details;
  return {
    ...details,
    fields: Object.fromEntries(
      Object.entries(fields as Record<string, unknown>).map(([f, m]) => [f, inFansWords(String(m), locale)]),
    ),
  };
}
