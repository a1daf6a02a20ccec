export { createBrand } from "./commands";
export { shopBrand, brandById, requireMembership, brandsOf, type Membership, type BrandRecord } from "./queries";
export { ROLES, can, brandInput, type Role, type Permission } from "./model/brand";
export { ROLE_LABELS, INVITATION_DAYS } from "./model/team";
export { teamOf, inviteMember, revokeInvitation, invitationByToken, acceptInvitation, removeMember, changeMemberRole, type TeamMember, type OpenInvitation, type InvitationView } from "./team";
export type { DistributionEvent, BrandCreated, MemberAdded, MemberInvited, MemberRemoved, MemberRoleChanged, InvitationRevoked } from "./events";
