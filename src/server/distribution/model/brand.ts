import { z } from "zod";

export const ROLES = ["owner", "manager", "door", "viewer"] as const;
export type Role = (typeof ROLES)[number];

/** What each role may do inside its brand (brand:write = theme, domains, embeds). Door staff only check in; viewers only read. */
export type Permission =
  "brand:read" | "brand:write" | "catalog:write" | "orders:write" | "checkin" | "team:write";
const GRANTS: Record<Role, readonly Permission[]> = {
  owner: ["brand:read", "brand:write", "catalog:write", "orders:write", "checkin", "team:write"],
  manager: ["brand:read", "brand:write", "catalog:write", "orders:write", "checkin"],
  door: ["checkin"],
  viewer: ["brand:read"],
};
export function can(role: Role, permission: Permission): boolean {
  return GRANTS[role].includes(permission);
}

const RESERVED_SLUGS = new Set(["studio", "api", "embed", "s", "pay", "admin", "new"]);

export const brandInput = z.object({
  name: z.string().trim().min(2, "Give the brand a name of at least 2 characters").max(80),
  slug: z
    .string()
    .trim()
    .toLowerCase()
    .min(2, "The address needs at least 2 characters")
    .max(40)
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "Use lowercase letters, digits and single dashes")
    .refine((s) => !RESERVED_SLUGS.has(s), "This address is reserved; choose another"),
  primaryColor: z
    .string()
    .trim()
    .regex(/^#[0-9a-fA-F]{6}$/, "Use a colour like #7c3aed")
    .transform((c) => c.toLowerCase()),
});
export type BrandInput = z.output<typeof brandInput>;
