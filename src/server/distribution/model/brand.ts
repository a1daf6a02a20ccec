import { z } from "zod";

export const ROLES = ["owner", "manager", "door", "viewer"] as const;
export type Role = (typeof ROLES)[number];

/**
 * What each role may do inside its brand (brand:write = theme, domains, embeds). Door staff only check in;
 * viewers only read.
 */
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

/** Letters that Unicode does not split into a base letter and an accent. */
const SPELLED_OUT: Record<string, string> = { ß: "ss", æ: "ae", œ: "oe", ø: "o", ł: "l", đ: "d", þ: "th" };
const SLUG_MAX = 40;

/**
 * The shop address suggested from the brand's name as the organizer types it: "Café Été" →
 * "cafe-ete" (ASCII, lowercase, single dashes, at most 40 characters). Empty when the name has
 * no letter or digit to use; a reserved word gets "-shop" added so the suggestion is valid.
 */
export function suggestBrandSlug(name: string): string {
  const slug = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[ßæœøłđþ]/g, (c) => SPELLED_OUT[c] ?? "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+/, "")
    .slice(0, SLUG_MAX)
    .replace(/-+$/, "");
  return RESERVED_SLUGS.has(slug) ? `${slug}-shop` : slug;
}
