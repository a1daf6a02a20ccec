import type { DomainEvent } from "@/server/eventlog";

export type BrandCreated = DomainEvent<
  "BrandCreated",
  { brandId: string; name: string; slug: string; primaryColor: string }
>;
export type MemberAdded = DomainEvent<
  "MemberAdded",
  { brandId: string; userId: string; role: string; invitationId?: string }
>;
export type MemberInvited = DomainEvent<
  "MemberInvited",
  { brandId: string; invitationId: string; email: string; role: string }
>;
export type InvitationRevoked = DomainEvent<"InvitationRevoked", { brandId: string; invitationId: string }>;
export type MemberRemoved = DomainEvent<"MemberRemoved", { brandId: string; userId: string }>;
export type MemberRoleChanged = DomainEvent<
  "MemberRoleChanged",
  { brandId: string; userId: string; from: string; to: string }
>;
export type ThemeChanged = DomainEvent<
  "ThemeChanged",
  {
    brandId: string;
    primaryColor: string;
    accentColor: string;
    background: string;
    font: string;
    buttonShape: string;
  }
>;
export type BundleSplitBasisChanged = DomainEvent<
  "BundleSplitBasisChanged",
  { brandId: string; basis: "in_bundle" | "standalone" }
>;
/** The languages the shop speaks and its default (docs/adr/0033). */
export type ShopLanguagesChanged = DomainEvent<
  "ShopLanguagesChanged",
  { brandId: string; languages: string[]; defaultLanguage: string }
>;
/** `key`: the image in the file store, or null when it was removed. */
export type LogoChanged = DomainEvent<"LogoChanged", { brandId: string; key: string | null }>;
export type FaviconChanged = DomainEvent<"FaviconChanged", { brandId: string; key: string | null }>;
/**
 * Where the shop lives: its own domain (unverified until CustomDomainVerified) and the sites that embed it.
 */
export type ShopPlacesChanged = DomainEvent<
  "ShopPlacesChanged",
  { brandId: string; customDomain: string | null; embedOrigins: string[] }
>;
export type CustomDomainVerified = DomainEvent<
  "CustomDomainVerified",
  { brandId: string; customDomain: string }
>;
/**
 * `custom`: the organizer's own text (false: back to Marquee's template); `translated`: the languages
 * it has a translation in (absent before translations).
 */
export type AccessibilityStatementChanged = DomainEvent<
  "AccessibilityStatementChanged",
  { brandId: string; custom: boolean; contact: string | null; translated?: string[] }
>;
/** The footer under every e-mail the brand's fans get: whether it has one, and in which other languages. */
export type MailFooterChanged = DomainEvent<
  "MailFooterChanged",
  { brandId: string; footer: boolean; translated: string[] }
>;
export type DistributionEvent =
  | ThemeChanged
  | AccessibilityStatementChanged
  | MailFooterChanged
  | LogoChanged
  | FaviconChanged
  | ShopPlacesChanged
  | CustomDomainVerified
  | BundleSplitBasisChanged
  | ShopLanguagesChanged
  | BrandCreated
  | MemberAdded
  | MemberInvited
  | InvitationRevoked
  | MemberRemoved
  | MemberRoleChanged;
