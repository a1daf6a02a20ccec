// The team's rows: members, invitations, and the user accounts they point at.
import { db, txOf, type UnitOfWork } from "@/server/platform/db";
import type { Role } from "../model/brand";

export type InvitationRow = {
  id: string;
  brandId: string;
  email: string;
  role: string;
  expiresAt: Date;
  acceptedAt: Date | null;
  revokedAt: Date | null;
  createdAt: Date;
};

export async function membersWithUsers(brandId: string) {
  const members = await db().member.findMany({ where: { brandId }, orderBy: { createdAt: "asc" } });
  const users = await db().user.findMany({
    where: { id: { in: members.map((m) => m.userId) } },
    select: { id: true, name: true, email: true },
  });
  const byId = new Map(users.map((u) => [u.id, u]));
  return members.map((m) => ({
    id: m.id,
    userId: m.userId,
    name: byId.get(m.userId)?.name ?? "",
    email: byId.get(m.userId)?.email ?? "",
    role: m.role as Role,
    since: m.createdAt,
  }));
}

export const openInvitations = (brandId: string, now: Date): Promise<InvitationRow[]> =>
  db().invitation.findMany({
    where: { brandId, acceptedAt: null, revokedAt: null, expiresAt: { gt: now } },
    orderBy: { createdAt: "desc" },
  });

export async function isMemberByEmail(brandId: string, email: string): Promise<boolean> {
  const user = await db().user.findUnique({ where: { email }, select: { id: true } });
  return (
    !!user && !!(await db().member.findUnique({ where: { brandId_userId: { brandId, userId: user.id } } }))
  );
}

export async function replaceInvitation(
  uow: UnitOfWork,
  row: {
    id: string;
    brandId: string;
    email: string;
    role: Role;
    tokenHash: string;
    invitedBy: string;
    expiresAt: Date;
  },
  now: Date,
) {
  const tx = txOf(uow);
  await tx.invitation.updateMany({
    where: { brandId: row.brandId, email: row.email, acceptedAt: null, revokedAt: null },
    data: { revokedAt: now },
  });
  await tx.invitation.create({ data: row });
}

export async function revokeOpenInvitation(
  invitationId: string,
  brandId: string,
  now: Date,
): Promise<boolean> {
  return (
    (
      await db().invitation.updateMany({
        where: { id: invitationId, brandId, acceptedAt: null, revokedAt: null },
        data: { revokedAt: now },
      })
    ).count === 1
  );
}

export async function invitationByHash(
  tokenHash: string,
): Promise<(InvitationRow & { brandName: string; brandSlug: string }) | null> {
  const inv = await db().invitation.findUnique({ where: { tokenHash } });
  if (!inv) return null;
  const brand = await db().brand.findUniqueOrThrow({
    where: { id: inv.brandId },
    select: { name: true, slug: true },
  });
  return { ...inv, brandName: brand.name, brandSlug: brand.slug };
}

/** Claim the invitation and make (or update) the membership. False when another tab claimed it first. */
export async function claimInvitation(
  uow: UnitOfWork,
  tokenHash: string,
  userId: string,
  memberId: string,
  now: Date,
): Promise<{ brandId: string; invitationId: string; role: Role } | null> {
  const tx = txOf(uow);
  const inv = await tx.invitation.findUniqueOrThrow({ where: { tokenHash } });
  const claimed = await tx.invitation.updateMany({
    where: { id: inv.id, acceptedAt: null, revokedAt: null },
    data: { acceptedAt: now, acceptedBy: userId },
  });
  if (claimed.count === 0) return null;
  const role = inv.role as Role;
  const current = await tx.member.findUnique({ where: { brandId_userId: { brandId: inv.brandId, userId } } });
  if (current) {
    if (current.role !== role) await tx.member.update({ where: { id: current.id }, data: { role } });
  } else {
    await tx.member.create({ data: { id: memberId, brandId: inv.brandId, userId, role } });
  }
  return { brandId: inv.brandId, invitationId: inv.id, role };
}

/**
 * The brand's members, with team changes serialized per brand (two owners demoting each other cannot leave
 * none).
 */
export async function lockTeam(
  uow: UnitOfWork,
  brandId: string,
): Promise<{ id: string; role: Role; userId: string }[]> {
  const tx = txOf(uow);
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`team:${brandId}`}, 0))`;
  return (
    await tx.member.findMany({ where: { brandId }, select: { id: true, role: true, userId: true } })
  ).map((m) => ({ ...m, role: m.role as Role }));
}

export async function deleteMember(uow: UnitOfWork, memberId: string) {
  await txOf(uow).member.delete({ where: { id: memberId } });
}

export async function setMemberRole(uow: UnitOfWork, memberId: string, role: Role) {
  await txOf(uow).member.update({ where: { id: memberId }, data: { role } });
}
