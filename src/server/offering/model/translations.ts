// The organizer's texts in other languages (docs/adr/0033): per language, what they translated.
// The text itself is in the brand's default language and is every missing translation's fallback.
import { z } from "zod";
import { LOCALES, type Locale } from "@/server/platform/i18n";

const text = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `Keep this under ${max} characters`)
    .optional()
    .transform((v) => v || undefined);
const eventText = z.object({ name: text(120), description: text(5000) }).optional();

/** The event form's translations: `fr.name`, `fr.description`, … for every shipped language. */
export const eventTranslationsInput = z.object({ en: eventText, fr: eventText, de: eventText });
export type EventTranslationsInput = z.output<typeof eventTranslationsInput>;
export type EventTexts = { name?: string; description?: string };

/** What is stored: only the languages with some text, only the texts that were given. */
export function storedTranslations(input: EventTranslationsInput): Partial<Record<Locale, EventTexts>> {
  const out: Partial<Record<Locale, EventTexts>> = {};
  for (const locale of LOCALES) {
    const t = input[locale];
    if (t?.name || t?.description)
      out[locale] = { ...(t.name && { name: t.name }), ...(t.description && { description: t.description }) };
  }
  return out;
}

/** Which of the brand's other languages still lack a text the default language has. */
export function missingTranslations(
  texts: EventTexts,
  translations: Partial<Record<string, EventTexts>>,
  languages: readonly Locale[],
  defaultLanguage: Locale,
): { locale: Locale; fields: (keyof EventTexts)[] }[] {
  return languages
    .filter((l) => l !== defaultLanguage)
    .map((locale) => ({
      locale,
      fields: (["name", "description"] as const).filter((f) => texts[f] && !translations[locale]?.[f]),
    }))
    .filter((m) => m.fields.length > 0);
}

const productText = z.object({ name: text(120), description: text(2000) }).optional();
const variantNames = z.object({ id: z.string().max(64), en: text(80), fr: text(80), de: text(80) });

/** The product form's translations: `fr.name`, `fr.description`, and a row per variant (`variants.0.fr`). */
export const productTranslationsInput = z.object({
  en: productText,
  fr: productText,
  de: productText,
  variants: z.array(variantNames).max(200).optional(),
});
export type ProductTranslationsInput = z.output<typeof productTranslationsInput>;
export type ProductTexts = EventTexts & { variants?: Record<string, string> };

/** What is stored: per language, the texts given, and the names of the product's own variants. */
export function storedProductTranslations(
  input: ProductTranslationsInput,
  variantIds: readonly string[],
): Partial<Record<Locale, ProductTexts>> {
  const out: Partial<Record<Locale, ProductTexts>> = storedTranslations({
    en: input.en,
    fr: input.fr,
    de: input.de,
  });
  for (const locale of LOCALES) {
    const names = Object.fromEntries(
      (input.variants ?? [])
        .filter((v) => variantIds.includes(v.id) && v[locale])
        .map((v) => [v.id, v[locale]!]),
    );
    if (Object.keys(names).length) out[locale] = { ...out[locale], variants: names };
  }
  return out;
}
