// One of the brand's own texts in its other languages (the accessibility statement, the e-mail
// footer): a field per language, and which languages still lack it (docs/adr/0039).
import { TextAreaField } from "@/components/field";
import { LOCALE_NAMES, type Locale } from "@/server/platform/i18n";
import { missingIn, type BrandTranslations } from "@/server/distribution";

type Key = "statement" | "mailFooter";

export function TextTranslations({
  name,
  label,
  own,
  translations,
  brand,
  rows,
  maxLength,
  words,
}: {
  name: Key;
  /** The field's label in a language ("Statement (Français)"). */
  label: (language: string) => string;
  /** The text in the default language: until it is written, nothing is said missing or complete. */
  own: string | null;
  translations: BrandTranslations;
  brand: { languages: Locale[]; defaultLanguage: Locale };
  rows: number;
  maxLength: number;
  words: { missing: (list: string) => string; complete: string };
}) {
  const others = brand.languages.filter((l) => l !== brand.defaultLanguage);
  if (!others.length) return null;
  const missing = missingIn(own, translations, name, brand);
  return (
    <>
      {!own ? null : missing.length ? (
        <p className="text-sm text-amber-800" data-testid={`missing-${name}`}>
          {words.missing(missing.map((l) => LOCALE_NAMES[l]).join(", "))}
        </p>
      ) : (
        <p className="text-sm text-green-700">{words.complete}</p>
      )}
      {others.map((locale) => (
        <TextAreaField
          key={locale}
          label={label(LOCALE_NAMES[locale])}
          name={`${locale}.${name}`}
          lang={locale}
          rows={rows}
          maxLength={maxLength}
          defaultValue={translations[locale]?.[name] ?? ""}
        />
      ))}
    </>
  );
}
