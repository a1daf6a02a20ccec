// The footer under every e-mail a brand's fans get (its address, a contact, a legal line): the
// organizer writes it in the brand's default language and translates it; each e-mail shows it in
// the order's language, else in the default language (docs/adr/0039).
import { transaction } from "@/server/platform/unit-of-work";
import { appendToStream } from "@/server/eventlog";
import { invalid, notFound } from "@/server/platform/errors";
import { metadataFor, type Actor } from "@/server/platform/metadata";
import { LOCALES } from "@/server/platform/i18n";
import { findMailFooter, lockBrandTranslations, saveMailFooter } from "./infrastructure/brands";
import { mailFooterInput, withTranslations, type BrandTranslations } from "./model/brand-texts";
import type { DistributionEvent } from "./events";

export type MailFooter = { own: string | null; translations: BrandTranslations };

/** The brand's footer as saved: in its default language, and its translations. */
export async function mailFooterOf(brandId: string): Promise<MailFooter> {
  const footer = await findMailFooter(brandId);
  if (!footer) throw notFound("There is no brand at this address.");
  return footer;
}

/** SetMailFooter: the text in the default language (empty: no footer) and its translations. */
export async function setMailFooter(actor: Actor, brandId: string, raw: unknown): Promise<void> {
  const parsed = mailFooterInput.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw invalid(issue.message, { field: issue.path.join(".") || "mailFooter" });
  }
  const { mailFooter, ...given } = parsed.data;
  await transaction(async (uow) => {
    const translations = withTranslations(await lockBrandTranslations(uow, brandId), "mailFooter", given);
    await saveMailFooter(uow, brandId, mailFooter || null, translations);
    const translated = LOCALES.filter((l) => translations[l]?.mailFooter);
    await appendToStream<DistributionEvent>(
      uow,
      `brand-${brandId}`,
      "any",
      [{ type: "MailFooterChanged", payload: { brandId, footer: !!mailFooter, translated } }],
      metadataFor(actor, brandId),
    );
  });
}
