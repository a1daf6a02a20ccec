// The domain's refusals in the fan's language (docs/adr/0033). The domain words its errors in
// English; the shop's client says which language its page speaks (`x-marquee-lang`), and here each
// English message of `messages/en.json` "errors" is recognised — its `{arguments}` read back out of
// it (platform/domain-words) — and said again in that language. A message not listed stays as it is.
import { domainWords } from "@/server/platform/domain-words";
import { isLocale, type Locale } from "@/server/platform/i18n";
import { MESSAGES, translatorFor } from "@/server/platform/messages";

/** One domain message in the fan's language (itself when it is not a known one, or in English). */
export const inFansWords = domainWords(MESSAGES.en.errors, (locale, key, values) =>
  (translatorFor(locale) as (k: string, v: Record<string, string>) => string)(`errors.${key}`, values),
);

/** The language a request's page speaks, from the shop's client header (null: none said). */
export function fanLanguageOf(header: string | null | undefined): Locale | null {
  return isLocale(header) ? header : null;
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
