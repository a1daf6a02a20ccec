// The fan's languages (docs/adr/0033): which ones Marquee ships, how a request's language is
// chosen among the brand's, and the Intl formats each uses. Pure: the browser uses it too (the
// switcher, money in a client component). The messages themselves are in ./messages.
import { match } from "@formatjs/intl-localematcher";
import { formatMoney as formatMoneyOf } from "./money";

/** Every language Marquee ships messages for (src/server/platform/messages/<code>.json). */
export const LOCALES = ["en", "fr", "de"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "en";

/** Each language in its own words, as the switcher and the Studio list it. */
export const LOCALE_NAMES: Record<Locale, string> = { en: "English", fr: "Français", de: "Deutsch" };

/** The cookie that keeps the fan's choice (a year; set when a URL carries `?lang=`). */
export const LANG_COOKIE = "mq_lang";
export const LANG_COOKIE_MAX_AGE = 365 * 24 * 3600; // seconds
export const LANG_PARAM = "lang";

// The Intl tags: English keeps the forms the shop always had (€65.00, 30 March 2027).
const DATE_TAG: Record<Locale, string> = { en: "en-GB", fr: "fr-FR", de: "de-DE" };
const MONEY_TAG: Record<Locale, string> = { en: "en-IE", fr: "fr-FR", de: "de-DE" };

/**
 * A language Marquee ships, as a URL, cookie or header names it (anything else: no). A whitelist,
 * not zod: this module is in the shop's browser bundle, which carries no zod.
 */
export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

/** A brand's languages as stored, cleaned: shipped ones only, the default first among them. */
export function brandLanguages(languages: readonly string[], defaultLanguage: string) {
  const offered = languages.filter(isLocale);
  const fallback = isLocale(defaultLanguage) && offered.includes(defaultLanguage) ? defaultLanguage : null;
  const first = fallback ?? offered[0] ?? DEFAULT_LOCALE;
  return { offered: offered.length ? offered : [first], fallback: first };
}

/** A language tag's shape (BCP 47, loosely): what the matcher is given. */
const languageTag = /^[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*$/;

/**
 * The languages an Accept-Language header asks for, most wanted first ("*", q=0 and malformed
 * tags dropped; at most 20): it is read on every shop request, so its size is the sender's choice.
 */
export function acceptedLanguages(raw: string | null | undefined): string[] {
  const header = (raw ?? "").slice(0, 512); // browsers send under 100 characters
  if (!header) return [];
  return header
    .split(",")
    .map((part, i) => {
      const [tag = "", ...params] = part.trim().split(";");
      const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
      return { tag: tag.trim(), q: q ? Number(q.slice(2)) : 1, i };
    })
    .filter((l) => languageTag.test(l.tag) && Number.isFinite(l.q) && l.q > 0)
    .sort((a, b) => b.q - a.q || a.i - b.i)
    .slice(0, 20)
    .map((l) => l.tag);
}

/**
 * The language a fan is served, among the brand's: the one the URL asks for (`?lang=`), else the
 * one they chose before (cookie), else the best match of their browser's Accept-Language, else
 * the brand's default. Only the brand's languages are ever chosen.
 */
export function chooseLocale(
  brand: { offered: readonly Locale[]; fallback: Locale },
  asked: { param?: string | null; cookie?: string | null; acceptLanguage?: string | null },
): Locale {
  const offered = (x: unknown): x is Locale => isLocale(x) && brand.offered.includes(x);
  if (offered(asked.param)) return asked.param;
  if (offered(asked.cookie)) return asked.cookie;
  const wanted = acceptedLanguages(asked.acceptLanguage);
  if (wanted.length === 0) return brand.fallback;
  try {
    const best = match(wanted, brand.offered, brand.fallback, { algorithm: "best fit" });
    return offered(best) ? best : brand.fallback;
  } catch {
    return brand.fallback; // a malformed tag in the header
  }
}

/** Money in a language: `65,00 €` in French (Intl's narrow no-break space), `€65.00` in English. */
export function formatMoneyIn(locale: Locale, amount: number, currency: string): string {
  return formatMoneyOf({ amount, currency }, MONEY_TAG[locale]);
}

/** The Intl tag for dates and times in a language. */
export function dateTagOf(locale: Locale): string {
  return DATE_TAG[locale];
}

/**
 * An organizer's text in the fan's language: its translation where there is one, else the text
 * in the brand's default language (stored as the text itself) — never a key, never empty.
 */
export function translated<K extends string>(
  text: Record<K, string>,
  translations: unknown,
  locale: Locale,
): Record<K, string> {
  const forLocale = (translations as Record<string, Partial<Record<K, unknown>>> | null)?.[locale];
  if (!forLocale || typeof forLocale !== "object") return text;
  const out = { ...text };
  for (const key of Object.keys(text) as K[]) {
    const value = forLocale[key];
    if (typeof value === "string" && value.trim()) out[key] = value;
  }
  return out;
}
