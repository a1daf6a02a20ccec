// One of the brand's own texts in its other languages (the accessibility statement, the e-mail
// footer): a field per language, and which languages still lack it (docs/adr/0039).
import { TextAreaField } from "@/components/field";
import { LOCALE_NAMES, type Locale } from "@/server/platform/i18n";
import type { BrandTranslations } from "@/server/distribution";

type Key = "statement" | "mailFooter";

export function TextTranslations({
  name,
  label,
  languages,
  translations,
  written,
  missing,
  rows,
  maxLength,
  words,
}: {
  name: Key;
  /** The field's label in a language ("Statement (Français)"). */
  label: (language: string) => string;
  /** The brand's languages other than its default. */
  languages: Locale[];
  translations: BrandTranslations;
  /** Whether the default language has the text: until it does, nothing is said missing or complete. */
  written: boolean;
  missing: Locale[];
  rows: number;
  maxLength: number;
  words: { missing: (list: string) => string; complete: string };
}) {
  if (!languages.length) return null;
  return (
    <>
      {!written ? null : missing.length ? (
        <p className="text-sm text-amber-800" data-testid={`missing-${name}`}>
          {words.missing(missing.map((l) => LOCALE_NAMES[l]).join(", "))}
        </p>
      ) : (
        <p className="text-sm text-green-700">{words.complete}</p>
      )}
      {languages.map((locale) => (
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
