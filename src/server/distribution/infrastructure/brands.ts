import { db, isUniqueViolation, transaction, txOf, type UnitOfWork } from "@/server/platform/db";
import { appendToStream } from "@/server/eventlog";
import { conflict } from "@/server/platform/errors";
import type { EventMetadata } from "@/server/eventlog";
import type { BrandInput, Role } from "../model/brand";
import type { DistributionEvent } from "../events";
import { brandLanguages, type Locale } from "@/server/platform/i18n";
import type { SavedStatement } from "../model/accessibility";
import { brandTranslationsOf, type BrandTranslations } from "../model/brand-texts";

/** Stored languages, cleaned: shipped codes only, never none (docs/adr/0033). */
export function languagesOf(languages: string[] | null, defaultLanguage: string) {
  const { offered, fallback } = brandLanguages(languages ?? [], defaultLanguage);
  return { languages: offered, defaultLanguage: fallback };
}

export type BrandRecord = {
  id: string;
  slug: string;
  name: string;
  primaryColor: string;
  currency: string;
  accentColor: string;
  background: "light" | "dark";
  font: string;
  buttonShape: "rounded" | "pill" | "square";
  logoKey: string | null;
  faviconKey: string | null;
  customDomain: string | null;
  embedOrigins: string[];
  /** The TXT record value that proves `customDomain` is the brand's; `customDomainVerified` once found. */
  customDomainToken: string | null;
  customDomainVerified: boolean;
  /** What bundle prices are split by for refunds and revenue (pricing's SplitBasis, docs/adr/0020). */
  bundleSplitBasis: BundleSplitBasis;
  /** The languages its shop speaks (shipped codes) and the default among them (docs/adr/0033). */
  languages: Locale[];
  defaultLanguage: Locale;
};
export type BundleSplitBasis = "in_bundle" | "standalone";

export const BRAND_SELECT = {
  id: true,
  slug: true,
  name: true,
  primaryColor: true,
  currency: true,
  accentColor: true,
  background: true,
  font: true,
  buttonShape: true,
  logoKey: true,
  faviconKey: true,
  customDomain: true,
  embedOrigins: true,
  customDomainToken: true,
  customDomainVerifiedAt: true,
  bundleSplitBasis: true,
  languages: true,
  defaultLanguage: true,
} as const;
type Nullable = "logoKey" | "faviconKey" | "customDomain" | "customDomainToken";
type Row = {
  [K in keyof typeof BRAND_SELECT]: K extends Nullable
    ? string | null
    : K extends "customDomainVerifiedAt"
      ? Date | null
      : K extends "embedOrigins" | "languages"
        ? string[]
        : string;
};
export const toBrand = ({ customDomainVerifiedAt, languages, defaultLanguage, ...r }: Row): BrandRecord => ({
  ...r,
  ...languagesOf(languages, defaultLanguage),
  background: r.background as BrandRecord["background"],
  buttonShape: r.buttonShape as BrandRecord["buttonShape"],
  bundleSplitBasis: r.bundleSplitBasis === "standalone" ? "standalone" : "in_bundle",
  embedOrigins: r.embedOrigins ?? [],
  customDomainVerified: customDomainVerifiedAt !== null,
});

export async function insertBrandWithOwner(
  id: string,
  input: BrandInput,
  ownerId: string,
  memberId: string,
  events: DistributionEvent[],
  meta: EventMetadata,
) {
  try {
    await transaction(async (tx) => {
      await tx.brand.create({
        data: { id, ...input, members: { create: { id: memberId, userId: ownerId, role: "owner" } } },
      });
      await appendToStream<DistributionEvent>(tx, `brand-${id}`, 0, events, meta);
    });
  } catch (e) {
    if (isUniqueViolation(e, "slug")) throw conflict(`The address “${input.slug}” is taken; choose another.`);
    throw e;
  }
}

export async function findBrandBySlug(slug: string): Promise<BrandRecord | null> {
  const r = await db().brand.findUnique({ where: { slug }, select: BRAND_SELECT });
  return r ? toBrand(r) : null;
}

/**
 * The version of the brand at this slug: its id and the xmin of its row (every update writes a
 * new one), or null when no brand has the slug. One index lookup.
 */
export async function brandVersionBySlug(slug: string): Promise<string | null> {
  const rows = await db().$queryRaw<{ v: string }[]>`
    SELECT id || ':' || xmin::text AS v FROM brand WHERE slug = ${slug}`;
  return rows[0]?.v ?? null;
}

/** The brand that has verified this domain (a claim alone names nobody). */
export async function findBrandByDomain(host: string): Promise<BrandRecord | null> {
  const verified = { customDomain: host, customDomainVerifiedAt: { not: null } };
  const r = await db().brand.findFirst({ where: verified, select: BRAND_SELECT });
  return r ? toBrand(r) : null;
}

export async function findMembership(
  userId: string,
  slug: string,
): Promise<{ brand: BrandRecord; role: Role } | null> {
  const m = await db().member.findFirst({
    where: { userId, brand: { slug } },
    select: { role: true, brand: { select: BRAND_SELECT } },
  });
  return m ? { brand: toBrand(m.brand), role: m.role as Role } : null;
}

export async function listBrandsOf(userId: string): Promise<(BrandRecord & { role: Role })[]> {
  const rows = await db().member.findMany({
    where: { userId },
    orderBy: { createdAt: "asc" },
    select: { role: true, brand: { select: BRAND_SELECT } },
  });
  return rows.map((r) => ({ ...toBrand(r.brand), role: r.role as Role }));
}

export async function findBrandById(id: string): Promise<BrandRecord | null> {
  const r = await db().brand.findUnique({ where: { id }, select: BRAND_SELECT });
  return r ? toBrand(r) : null;
}

type Changeable =
  | "primaryColor"
  | "accentColor"
  | "background"
  | "font"
  | "buttonShape"
  | "logoKey"
  | "faviconKey"
  | "customDomain"
  | "customDomainToken"
  | "embedOrigins";
type BrandChange = Partial<Pick<BrandRecord, Changeable>> & { customDomainVerifiedAt?: Date | null };

export async function updateBrand(brandId: string, data: BrandChange): Promise<void> {
  try {
    await db().brand.update({ where: { id: brandId }, data });
  } catch (e) {
    if (isUniqueViolation(e))
      throw conflict("Another brand already uses this domain.", { field: "customDomain" });
    throw e;
  }
}

export async function saveBundleSplitBasis(uow: UnitOfWork, brandId: string, basis: BundleSplitBasis) {
  await txOf(uow).brand.update({ where: { id: brandId }, data: { bundleSplitBasis: basis } });
}

/** The brand's own accessibility statement and its translations, as saved (all null until saved). */
export async function findAccessibilityStatement(brandId: string): Promise<SavedStatement | null> {
  const r = await db().brand.findUnique({
    where: { id: brandId },
    select: {
      accessibilityStatement: true,
      accessibilityContact: true,
      accessibilityReviewedAt: true,
      translations: true,
    },
  });
  return (
    r && {
      text: r.accessibilityStatement,
      contact: r.accessibilityContact,
      reviewedAt: r.accessibilityReviewedAt,
      translations: brandTranslationsOf(r.translations),
    }
  );
}

export async function saveAccessibilityStatement(uow: UnitOfWork, brandId: string, s: SavedStatement) {
  await txOf(uow).brand.update({
    where: { id: brandId },
    data: {
      accessibilityStatement: s.text,
      accessibilityContact: s.contact,
      accessibilityReviewedAt: s.reviewedAt,
      translations: s.translations,
    },
  });
}

/** The brand's e-mail footer in its default language and its texts' translations (null: no brand). */
export async function findMailFooter(
  brandId: string,
): Promise<{ own: string | null; translations: BrandTranslations } | null> {
  const r = await db().brand.findUnique({
    where: { id: brandId },
    select: { mailFooter: true, translations: true },
  });
  return r && { own: r.mailFooter, translations: brandTranslationsOf(r.translations) };
}

export async function saveMailFooter(
  uow: UnitOfWork,
  brandId: string,
  own: string | null,
  translations: BrandTranslations,
) {
  await txOf(uow).brand.update({ where: { id: brandId }, data: { mailFooter: own, translations } });
}

/**
 * The brand's texts' translations, its row locked until the transaction ends: a save of one text
 * rewrites the others' as they are, so two saves at once must not cross.
 */
export async function lockBrandTranslations(uow: UnitOfWork, brandId: string): Promise<BrandTranslations> {
  const rows = await txOf(uow).$queryRaw<{ translations: unknown }[]>`
    SELECT translations FROM brand WHERE id = ${brandId} FOR UPDATE`;
  return brandTranslationsOf(rows[0]?.translations);
}

export async function saveBrandLanguages(
  uow: UnitOfWork,
  brandId: string,
  languages: { languages: Locale[]; defaultLanguage: Locale },
) {
  await txOf(uow).brand.update({ where: { id: brandId }, data: languages });
}
