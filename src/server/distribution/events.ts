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
export type DistributionEvent =
  | ThemeChanged
  | BundleSplitBasisChanged
  | BrandCreated
  | MemberAdded
  | MemberInvited
  | InvitationRevoked
  | MemberRemoved
  | MemberRoleChanged;
