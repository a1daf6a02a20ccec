export { createBrand } from "./commands";
export { shopBrand, brandById, requireMembership, brandsOf, type Membership, type BrandRecord } from "./queries";
export { ROLES, can, brandInput, type Role, type Permission } from "./model/brand";
export type { DistributionEvent, BrandCreated, MemberAdded } from "./events";
