// The brand's accessibility statement (the European Accessibility Act asks every shop for one):
// plain text the organizer may rewrite (and translate), a contact address, the date it was last
// reviewed. Until the organizer saves their own, the shop shows Marquee's template in the brand's
// name, in the fan's language (the fan messages' `statement.template`).
import { z } from "zod";
import type { Locale } from "@/server/platform/i18n";
import { brandTextIn, plainText, type BrandTranslations } from "./brand-texts";

export const STATEMENT_MAX_CHARACTERS = 8000;

/** When Marquee's template (and the checks it describes) was last reviewed. */
export const TEMPLATE_REVIEWED_ON = new Date("2026-12-01T00:00:00Z");

const statementText = plainText(
  STATEMENT_MAX_CHARACTERS,
  `Keep the statement under ${STATEMENT_MAX_CHARACTERS} characters`,
);
const statementIn = z.object({ statement: statementText.optional() }).optional();

export const accessibilityStatementInput = z.object({
  /** Empty: the shop shows the template. */
  statement: statementText,
  /** Empty: fans are told to answer their order's confirmation e-mail. */
  contact: z
    .string()
    .trim()
    .max(200, "Keep the address under 200 characters")
    .refine(
      (s) => s === "" || z.email().safeParse(s).success,
      "Enter an e-mail address like access@brand.com",
    ),
  /** The organizer's text in the brand's other languages: `fr.statement`, … */
  en: statementIn,
  fr: statementIn,
  de: statementIn,
});
export type AccessibilityStatementInput = z.output<typeof accessibilityStatementInput>;

/** The statement as saved: all null (and no translations) until the organizer saves one. */
export type SavedStatement = {
  text: string | null;
  contact: string | null;
  reviewedAt: Date | null;
  translations: BrandTranslations;
};

/**
 * The statement as the shop shows it in one language. `custom`: the organizer's own text (their
 * translation, else their text in the default language), not the template; `own` and
 * `translations` are what they saved, for the Studio's form.
 */
export type AccessibilityStatement = {
  text: string;
  contact: string | null;
  reviewedOn: Date;
  custom: boolean;
  own: string | null;
  translations: BrandTranslations;
};

/** The template's paragraphs in order; their words are the fan messages' `statement.template.<key>`. */
export const TEMPLATE_PARAGRAPHS = ["covers", "standard", "limits", "help"] as const;

/** The statement a brand shows in a language: its own text when saved, else the template. */
export function statementOf(saved: SavedStatement, locale: Locale, template: string): AccessibilityStatement {
  const own = brandTextIn(saved.text, saved.translations, "statement", locale);
  return {
    text: own ?? template,
    contact: saved.contact || null,
    reviewedOn: saved.reviewedAt ?? TEMPLATE_REVIEWED_ON,
    custom: own !== null,
    own: saved.text,
    translations: saved.translations,
  };
}

/** Plain text as paragraphs (split at blank lines), each a list of its lines. Nothing is HTML. */
export function paragraphsOf(text: string): string[][] {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.split("\n").map((line) => line.trim()))
    .map((lines) => lines.filter((line) => line !== ""))
    .filter((lines) => lines.length > 0);
}
