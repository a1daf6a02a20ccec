// A brand's own texts that fans read outside its catalog: the footer under every e-mail they get and
// the shop's accessibility statement. Each is written in the brand's default language and kept in
// its own column; its translations sit beside it in the brand's `translations`
// (`{ "fr": { "mailFooter": "…", "statement": "…" } }`). A missing one falls back to the default
// language's text, never to a key (docs/adr/0039).
import { z } from "zod";
import { LOCALES, type Locale } from "@/server/platform/i18n";

export const MAIL_FOOTER_MAX_CHARACTERS = 1000;

export type BrandTexts = { mailFooter?: string; statement?: string };
export type BrandText = keyof BrandTexts;
export type BrandTranslations = Partial<Record<Locale, BrandTexts>>;

// Tabs and line breaks are text; other control characters are not.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

/** Plain text an organizer types: bounded, no invisible control characters, line breaks kept. */
export const plainText = (max: number, tooLong: string) =>
  z
    .string()
    .max(max, tooLong)
    .refine((s) => !CONTROL.test(s), "Remove the invisible control characters")
    .transform((s) => s.replace(/\r\n?/g, "\n").trim());

const footerText = plainText(
  MAIL_FOOTER_MAX_CHARACTERS,
  `Keep the footer under ${MAIL_FOOTER_MAX_CHARACTERS} characters`,
);
const footerIn = z.object({ mailFooter: footerText.optional() }).optional();

/** The footer form: the text in the default language (empty: no footer), and `fr.mailFooter`, … */
export const mailFooterInput = z.object({ mailFooter: footerText, en: footerIn, fr: footerIn, de: footerIn });
export type MailFooterInput = z.output<typeof mailFooterInput>;

/** Stored translations as they were read: only shipped languages, only strings. */
export function brandTranslationsOf(stored: unknown): BrandTranslations {
  const out: BrandTranslations = {};
  if (!stored || typeof stored !== "object") return out;
  for (const locale of LOCALES) {
    const texts = (stored as Record<string, unknown>)[locale];
    if (!texts || typeof texts !== "object") continue;
    const { mailFooter, statement } = texts as Record<string, unknown>;
    const kept: BrandTexts = {
      ...(typeof mailFooter === "string" && mailFooter && { mailFooter }),
      ...(typeof statement === "string" && statement && { statement }),
    };
    if (Object.keys(kept).length) out[locale] = kept;
  }
  return out;
}

/**
 * The translations with one text replaced in every language by what the form gave (a language
 * left empty loses that text); the brand's other texts are kept.
 */
export function withTranslations(
  stored: BrandTranslations,
  key: BrandText,
  given: Partial<Record<Locale, Partial<Record<BrandText, string>>>>,
): BrandTranslations {
  const out: BrandTranslations = {};
  for (const locale of LOCALES) {
    const { [key]: _old, ...others } = stored[locale] ?? {};
    const text = given[locale]?.[key];
    const texts: BrandTexts = { ...others, ...(text && { [key]: text }) };
    if (Object.keys(texts).length) out[locale] = texts;
  }
  return out;
}

/** A text in a language: its translation, else the default language's (null: the brand has none). */
export function brandTextIn(
  own: string | null,
  translations: BrandTranslations,
  key: BrandText,
  locale: Locale,
): string | null {
  return translations[locale]?.[key] || own || null;
}

/** The brand's other languages in which a text it has is not translated yet. */
export function missingIn(
  own: string | null,
  translations: BrandTranslations,
  key: BrandText,
  brand: { languages: readonly Locale[]; defaultLanguage: Locale },
): Locale[] {
  if (!own) return [];
  return brand.languages.filter((l) => l !== brand.defaultLanguage && !translations[l]?.[key]);
}
