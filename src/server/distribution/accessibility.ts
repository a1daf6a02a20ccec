// The brand's accessibility statement (the European Accessibility Act asks every shop for one):
// the organizer saves their text, its translations and a contact in Studio; the shop shows it in
// the fan's language, or Marquee's template in that language.
import { transaction } from "@/server/platform/unit-of-work";
import { appendToStream } from "@/server/eventlog";
import { invalid, notFound } from "@/server/platform/errors";
import { metadataFor, type Actor } from "@/server/platform/metadata";
import { translatorFor } from "@/server/platform/messages";
import { LOCALES, type Locale } from "@/server/platform/i18n";
import {
  findAccessibilityStatement,
  lockBrandTranslations,
  saveAccessibilityStatement,
} from "./infrastructure/brands";
import {
  accessibilityStatementInput,
  statementOf,
  TEMPLATE_PARAGRAPHS,
  type AccessibilityStatement,
} from "./model/accessibility";
import { withTranslations } from "./model/brand-texts";
import type { DistributionEvent } from "./events";

/** Marquee's template in the brand's name, in one language. */
function templateIn(locale: Locale, brandName: string): string {
  const t = translatorFor(locale);
  return TEMPLATE_PARAGRAPHS.map((p) => t(`statement.template.${p}`, { brand: brandName })).join("\n\n");
}

/** The statement a brand's shop shows in a language: the organizer's, or the template in the brand's name. */
export async function accessibilityStatementOf(
  brand: { id: string; name: string },
  locale: Locale,
): Promise<AccessibilityStatement> {
  const saved = await findAccessibilityStatement(brand.id);
  if (!saved) throw notFound("There is no shop at this address.");
  return statementOf(saved, locale, templateIn(locale, brand.name));
}

/**
 * SetAccessibilityStatement: the organizer's text (empty: back to the template), its translations
 * and the contact address; saving it is reviewing it, so `now` becomes its date of last review.
 */
export async function setAccessibilityStatement(
  actor: Actor,
  brandId: string,
  raw: unknown,
  now: Date,
): Promise<void> {
  const parsed = accessibilityStatementInput.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw invalid(issue.message, { field: issue.path.join(".") || "statement" });
  }
  const { statement, contact, ...given } = parsed.data;
  await transaction(async (uow) => {
    const translations = withTranslations(await lockBrandTranslations(uow, brandId), "statement", given);
    const text = statement || null;
    await saveAccessibilityStatement(uow, brandId, {
      text,
      contact: contact || null,
      reviewedAt: now,
      translations,
    });
    const translated = LOCALES.filter((l) => translations[l]?.statement);
    await appendToStream<DistributionEvent>(
      uow,
      `brand-${brandId}`,
      "any",
      [
        {
          type: "AccessibilityStatementChanged",
          payload: { brandId, custom: text !== null, contact: contact || null, translated },
        },
      ],
      metadataFor(actor, brandId),
    );
  });
}
