import { db, isUniqueViolation, transaction } from "@/server/platform/db";
import { appendToStream } from "@/server/eventlog";
import { conflict } from "@/server/platform/errors";
import type { EventMetadata } from "@/server/eventlog";
import type { BrandInput, Role } from "../model/brand";
import type { DistributionEvent } from "../events";

export type BrandRecord = { id: string; slug: string; name: string; primaryColor: string; currency: string };

export async function insertBrandWithOwner(id: string, input: BrandInput, ownerId: string, memberId: string, events: DistributionEvent[], meta: EventMetadata) {
  try {
    await transaction(async (tx) => {
      await tx.brand.create({ data: { id, ...input, members: { create: { id: memberId, userId: ownerId, role: "owner" } } } });
      await appendToStream(tx, `brand-${id}`, 0, events, meta);
    });
  } catch (e) {
    if (isUniqueViolation(e, "slug")) throw conflict(`The address “${input.slug}” is taken; choose another.`);
    throw e;
  }
}

export async function findBrandBySlug(slug: string): Promise<BrandRecord | null> {
  return db().brand.findUnique({ where: { slug }, select: { id: true, slug: true, name: true, primaryColor: true, currency: true } });
}

export async function findMembership(userId: string, slug: string): Promise<{ brand: BrandRecord; role: Role } | null> {
  const m = await db().member.findFirst({
    where: { userId, brand: { slug } },
    select: { role: true, brand: { select: { id: true, slug: true, name: true, primaryColor: true, currency: true } } },
  });
  return m ? { brand: m.brand, role: m.role as Role } : null;
}

export async function listBrandsOf(userId: string): Promise<(BrandRecord & { role: Role })[]> {
  const rows = await db().member.findMany({ where: { userId }, orderBy: { createdAt: "asc" }, select: { role: true, brand: true } });
  return rows.map((r) => ({ id: r.brand.id, slug: r.brand.slug, name: r.brand.name, primaryColor: r.brand.primaryColor, currency: r.brand.currency, role: r.role as Role }));
}

export async function findBrandById(id: string): Promise<BrandRecord | null> {
  return db().brand.findUnique({ where: { id }, select: { id: true, slug: true, name: true, primaryColor: true, currency: true } });
}
