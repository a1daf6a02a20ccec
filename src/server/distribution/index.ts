export { createBrand } from "./commands";
export {
  shopBrand,
  sharedShopBrand,
  brandById,
  requireMembership,
  brandsOf,
  type Membership,
  type BrandRecord,
} from "./queries";
export { setBundleSplitBasis, setShopLanguages } from "./settings";
export { accessibilityStatementOf, setAccessibilityStatement } from "./accessibility";
export { mailFooterOf, setMailFooter, type MailFooter } from "./mail-footer";
export {
  mailFooterInput,
  missingIn,
  MAIL_FOOTER_MAX_CHARACTERS,
  type BrandTranslations,
} from "./model/brand-texts";
export {
  accessibilityStatementInput,
  paragraphsOf,
  STATEMENT_MAX_CHARACTERS,
  type AccessibilityStatement,
} from "./model/accessibility";
export type { BundleSplitBasis } from "./infrastructure/brands";
export { ROLES, can, brandInput, type Role, type Permission } from "./model/brand";
export { ROLE_LABELS, INVITATION_DAYS } from "./model/team";
export {
  teamOf,
  inviteMember,
  revokeInvitation,
  invitationByToken,
  acceptInvitation,
  removeMember,
  changeMemberRole,
  type TeamMember,
  type OpenInvitation,
  type InvitationView,
} from "./team";
export type {
  DistributionEvent,
  BrandCreated,
  MemberAdded,
  MemberInvited,
  MemberRemoved,
  MemberRoleChanged,
  InvitationRevoked,
} from "./events";
export {
  themeOf,
  setTheme,
  setBrandImage,
  setShopPlaces,
  brandByHost,
  readFile,
  storeImage,
  fileUrl,
  publicUrl,
  embedSnippet,
  IMAGE_LIMITS,
  type ImageKind,
} from "./theme";
export { themeVars, DEFAULT_THEME, type Theme } from "./model/theme";
export { textOn } from "./model/contrast";
export { brandMail, type BrandMail } from "./brand-mail";
export { FONTS, fontStack } from "./model/fonts";
export type { ThemeChanged, BundleSplitBasisChanged, ShopLanguagesChanged } from "./events";
export {
  placeOfHost,
  frameAncestorsOf,
  embedAllowed,
  forgetPlaces,
  shopLanguagesOf,
} from "./infrastructure/places-repo";
export type { HostPlace } from "./model/host-place";
export { verifyCustomDomain, verificationName, routeRequest } from "./domains";
export { embedBrandOf, normalizePath, pageInLanguage, shopBrandOf, type Route } from "./model/routing";
export type { TxtLookup } from "./infrastructure/dns-txt";
export { embedPassFor, embedOriginOf } from "./embed-pass";
