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
/**
 * A name the organizer gave in the default language (a choice group's, a price phase's) and its
 * translations: the row's `name` is the key, sent back hidden by the form.
 */
const namedText = (max: number) =>
  z.object({ name: z.string().trim().min(1).max(max), en: text(max), fr: text(max), de: text(max) });

/**
 * The product form's translations: `fr.name`, `fr.description`, a row per variant
 * (`variants.0.fr`), per choice group of a bundle (`groups.0.fr`) and per price phase (`phases.0.fr`).
 */
export const productTranslationsInput = z.object({
  en: productText,
  fr: productText,
  de: productText,
  variants: z.array(variantNames).max(200).optional(),
  // A group is named after its product when the organizer named none (bundle-rows.ts): 120.
  groups: z.array(namedText(120)).max(50).optional(),
  // A phase's name is at most 60 (pricing's phase-input.ts); a product has at most 12.
  phases: z.array(namedText(60)).max(12).optional(),
});
export type ProductTranslationsInput = z.output<typeof productTranslationsInput>;
/**
 * A product's texts in one language. Variants by their id; choice groups and price phases by their
 * name in the default language — phases get new ids each time their prices are saved, a group has
 * no id but its name, and a quote names a phase by its name alone (docs/adr/0033, amendment).
 */
export type ProductTexts = EventTexts & {
  variants?: Record<string, string>;
  groups?: Record<string, string>;
  phases?: Record<string, string>;
};

/** What the product has now, to translate: its variants' ids, its groups' and phases' names. */
export type TranslatableParts = {
  variantIds: readonly string[];
  groupNames?: readonly string[];
  phaseNames?: readonly string[];
};

/** Per language, `key → translation` for the rows whose key the product has, and only those given. */
function namesPerLocale<R extends { [L in Locale]?: string }>(
  rows: readonly R[] | undefined,
  keyOf: (row: R) => string,
  keys: readonly string[],
  locale: Locale,
): Record<string, string> | undefined {
  const names = Object.fromEntries(
    (rows ?? []).filter((r) => keys.includes(keyOf(r)) && r[locale]).map((r) => [keyOf(r), r[locale]!]),
  );
  return Object.keys(names).length ? names : undefined;
}

/**
 * What is stored: per language, the texts given, and the names of the product's own variants,
 * choice groups and price phases (a row for something the product no longer has is dropped).
 */
export function storedProductTranslations(
  input: ProductTranslationsInput,
  own: TranslatableParts,
): Partial<Record<Locale, ProductTexts>> {
  const out: Partial<Record<Locale, ProductTexts>> = storedTranslations({
    en: input.en,
    fr: input.fr,
    de: input.de,
  });
  for (const locale of LOCALES) {
    const variants = namesPerLocale(input.variants, (v) => v.id, own.variantIds, locale);
    const groups = namesPerLocale(input.groups, (g) => g.name, own.groupNames ?? [], locale);
    const phases = namesPerLocale(input.phases, (p) => p.name, own.phaseNames ?? [], locale);
    if (variants || groups || phases)
      out[locale] = {
        ...out[locale],
        ...(variants && { variants }),
        ...(groups && { groups }),
        ...(phases && { phases }),
      };
  }
  return out;
}

/** What a product has to translate, in the default language: the missing ones are listed per language. */
export type ProductParts = TranslatableParts & { name: string; description: string };
export type ProductField = "name" | "description" | "variants" | "groups" | "phases";

/** Which of the brand's other languages still lack a product's text, and which ones. */
export function missingProductTranslations(
  product: ProductParts,
  translations: Partial<Record<string, ProductTexts>>,
  languages: readonly Locale[],
  defaultLanguage: Locale,
): { locale: Locale; fields: ProductField[] }[] {
  const lacks = (keys: readonly string[] | undefined, given: Record<string, string> | undefined) =>
    (keys ?? []).some((k) => !given?.[k]);
  return languages
    .filter((l) => l !== defaultLanguage)
    .map((locale) => {
      const t = translations[locale];
      const missing: Record<ProductField, boolean> = {
        name: !!product.name && !t?.name,
        description: !!product.description && !t?.description,
        variants: lacks(product.variantIds, t?.variants),
        groups: lacks(product.groupNames, t?.groups),
        phases: lacks(product.phaseNames, t?.phases),
      };
      return { locale, fields: (Object.keys(missing) as ProductField[]).filter((f) => missing[f]) };
    })
    .filter((m) => m.fields.length > 0);
}

/**
 * A product's words in a language: the organizer's translation where they gave one, else the
 * text passed as `own` (the default language's, or the name as bought). `of` finds a product's
 * translations (a catalog, or the few products an order names).
 */
export function productWords(of: (productId: string) => ProductTexts | undefined) {
  return {
    name: (productId: string, own: string) => of(productId)?.name || own,
    description: (productId: string, own: string) => of(productId)?.description || own,
    variant: (productId: string, variantId: string | null, own: string | null) =>
      (variantId && of(productId)?.variants?.[variantId]) || own,
    group: (productId: string, name: string) => of(productId)?.groups?.[name] || name,
    phase: (productId: string, name: string) => (name && of(productId)?.phases?.[name]) || name,
  };
}
export type ProductWords = ReturnType<typeof productWords>;
