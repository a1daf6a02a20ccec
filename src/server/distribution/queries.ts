import { notFound, notAllowed } from "@/server/platform/errors";
import { can, type Permission, type Role } from "./model/brand";
import { clock } from "@/server/platform/clock";
import { VersionedCache } from "@/server/platform/fresh";
import {
  brandVersionBySlug,
  findBrandById,
  findBrandBySlug,
  findMembership,
  listBrandsOf,
  type BrandRecord,
} from "./infrastructure/brands";

export type { BrandRecord };
export type Membership = { brand: BrandRecord; role: Role };

export async function shopBrand(slug: string): Promise<BrandRecord> {
  const brand = await findBrandBySlug(slug);
  if (!brand) throw notFound("There is no shop at this address.");
  return brand;
}

const shopBrands = new VersionedCache<string, BrandRecord>(
  {
    version: async (slug) => (await brandVersionBySlug(slug)) ?? "none",
    async load(slug) {
      const version = await brandVersionBySlug(slug);
      const brand = version && (await findBrandBySlug(slug));
      if (!brand) throw notFound("There is no shop at this address.");
      return { version, value: brand, until: null };
    },
  },
  { max: 1000 },
);

/**
 * shopBrand for the live offer, shared by all requests of this process: no query within the fresh
 * window, then one version query (docs/adr/0024). Unknown slugs are not remembered.
 */
export async function sharedShopBrand(slug: string): Promise<BrandRecord> {
  return (await shopBrands.get(slug, clock.now())).value;
}

/**
 * The caller's membership in the brand with this slug, checked for a permission.
 * A non-member gets NotFound (the brand's existence is not confirmed to outsiders);
 * a member whose role lacks the permission gets NotAllowed. `null`: any member (the brand's home picks what
 * to show).
 */
export async function requireMembership(
  userId: string,
  slug: string,
  permission: Permission | null,
): Promise<Membership> {
  const m = await findMembership(userId, slug);
  if (!m) throw notFound("No brand at this address, or you are not a member of it.");
  if (permission && !can(m.role, permission)) throw notAllowed(`Your role (${m.role}) cannot do this.`);
  return m;
}

export const brandsOf = listBrandsOf;

export async function brandById(id: string): Promise<BrandRecord> {
  const brand = await findBrandById(id);
  if (!brand) throw notFound("This brand does not exist.");
  return brand;
}
