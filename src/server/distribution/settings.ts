// Brand settings that change how the brand sells, kept on the brand: for now, what a bundle's
// price is split by for refunds and revenue (docs/adr/0020); which languages its shop speaks (0033).
import { z } from "zod";
import { transaction } from "@/server/platform/unit-of-work";
import { appendToStream } from "@/server/eventlog";
import { invalid } from "@/server/platform/errors";
import { metadataFor, type Actor } from "@/server/platform/metadata";
import { saveBrandLanguages, saveBundleSplitBasis } from "./infrastructure/brands";
import { LOCALES } from "@/server/platform/i18n";
import { forgetPlaces } from "./infrastructure/places-repo";
import type { DistributionEvent } from "./events";

const splitBasisInput = z.enum(["in_bundle", "standalone"], {
  message: "Choose what bundle prices are split by",
});

/**
 * SetBundleSplitBasis: what bundles sold from now on are split by. Orders already placed keep
 * the split (and the basis) they were placed with.
 */
export async function setBundleSplitBasis(actor: Actor, brandId: string, raw: unknown): Promise<void> {
  const parsed = splitBasisInput.safeParse(raw);
  if (!parsed.success) throw invalid(parsed.error.issues[0]!.message, { field: "bundleSplitBasis" });
  const basis = parsed.data;
  await transaction(async (uow) => {
    await saveBundleSplitBasis(uow, brandId, basis);
    await appendToStream<DistributionEvent>(
      uow,
      `brand-${brandId}`,
      "any",
      [{ type: "BundleSplitBasisChanged", payload: { brandId, basis } }],
      metadataFor(actor, brandId),
    );
  });
}

const languagesInput = z
  .object({
    languages: z.array(z.enum(LOCALES)).min(1, "Choose at least one language").max(LOCALES.length),
    defaultLanguage: z.enum(LOCALES, { message: "Choose the default language" }),
  })
  .refine((l) => l.languages.includes(l.defaultLanguage), {
    message: "The default language must be one of the shop's languages",
    path: ["defaultLanguage"],
  });

/**
 * SetShopLanguages: the languages the shop offers its fans and the one it falls back to. Orders
 * already placed keep their language.
 */
export async function setShopLanguages(actor: Actor, brandId: string, raw: unknown): Promise<void> {
  const parsed = languagesInput.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw invalid(issue.message, { field: String(issue.path[0] ?? "languages") });
  }
  const languages = [...new Set(parsed.data.languages)];
  const { defaultLanguage } = parsed.data;
  await transaction(async (uow) => {
    await saveBrandLanguages(uow, brandId, { languages, defaultLanguage });
    await appendToStream<DistributionEvent>(
      uow,
      `brand-${brandId}`,
      "any",
      [{ type: "ShopLanguagesChanged", payload: { brandId, languages, defaultLanguage } }],
      metadataFor(actor, brandId),
    );
  });
  forgetPlaces(); // every web process offers the new languages at once
}
