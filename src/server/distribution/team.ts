// The brand's team: invite by e-mail with a role, accept by link, change a role, remove.
// Only owners manage the team (permission team:write, checked by the caller's guard).
import { createHash, randomBytes } from "node:crypto";
import { transaction } from "@/server/platform/unit-of-work";
import { appendToStream } from "@/server/eventlog";
import { config } from "@/server/platform/config";
import { queueMail } from "@/server/platform/mail";
import { invitationMail } from "@/server/platform/mail-templates";
import { newId } from "@/server/platform/ids";
import { conflict, invalid, notFound } from "@/server/platform/errors";
import { metadataFor, type Actor } from "@/server/platform/metadata";
import { requireVerifiedEmail, type SessionUser } from "@/server/platform/accounts";
import {
  INVITATION_DAYS,
  checkTeamChange,
  invitationState,
  inviteInput,
  roleInput,
  ROLE_LABELS,
  type InvitationState,
} from "./model/team";
import type { Role } from "./model/brand";
import type { BrandRecord } from "./infrastructure/brands";
import { brandMail } from "./brand-mail";
import {
  claimInvitation,
  deleteMember,
  invitationByHash,
  isMemberByEmail,
  lockTeam,
  membersWithUsers,
  openInvitations,
  replaceInvitation,
  revokeOpenInvitation,
  setMemberRole,
} from "./infrastructure/team-repo";
import type { DistributionEvent } from "./events";

const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");
const firstIssue = (e: { issues: { message: string; path: PropertyKey[] }[] }) =>
  invalid(e.issues[0]!.message, { field: e.issues[0]!.path.join(".") });

export type TeamMember = { id: string; userId: string; name: string; email: string; role: Role; since: Date };
export type OpenInvitation = { id: string; email: string; role: Role; expiresAt: Date; createdAt: Date };

export async function teamOf(
  brandId: string,
  now: Date,
): Promise<{ members: TeamMember[]; invitations: OpenInvitation[] }> {
  const [members, invitations] = await Promise.all([
    membersWithUsers(brandId),
    openInvitations(brandId, now),
  ]);
  return {
    members,
    invitations: invitations.map((i) => ({
      id: i.id,
      email: i.email,
      role: i.role as Role,
      expiresAt: i.expiresAt,
      createdAt: i.createdAt,
    })),
  };
}

/**
 * Invite someone by e-mail. A newer invitation to the same address replaces the open one.
 * Returns the link (shown once to the owner too).
 */
export async function inviteMember(
  actor: Actor & { kind: "user" },
  brand: BrandRecord,
  raw: unknown,
  now: Date,
): Promise<{ invitationId: string; link: string }> {
  const parsed = inviteInput.safeParse(raw);
  if (!parsed.success) throw firstIssue(parsed.error);
  const { email, role } = parsed.data;
  if (await isMemberByEmail(brand.id, email))
    throw conflict(`${email} is already on the team. Change their role in the list instead.`, {
      field: "email",
    });
  const token = randomBytes(32).toString("base64url");
  const id = newId("inv_");
  const link = `${config().PUBLIC_URL.replace(/\/$/, "")}/studio/invite/${token}`;
  const expiresAt = new Date(now.getTime() + INVITATION_DAYS * 86_400_000);
  const { look, attachments } = await brandMail(brand);
  await transaction(async (tx) => {
    await replaceInvitation(
      tx,
      { id, brandId: brand.id, email, role, tokenHash: hashToken(token), invitedBy: actor.id, expiresAt },
      now,
    );
    await appendToStream<DistributionEvent>(
      tx,
      `brand-${brand.id}`,
      "any",
      [{ type: "MemberInvited", payload: { brandId: brand.id, invitationId: id, email, role } }],
      metadataFor(actor, brand.id),
    );
    const mail = invitationMail({
      look,
      inviter: actor.label,
      role: ROLE_LABELS[role],
      link,
      days: INVITATION_DAYS,
    });
    await queueMail(tx, {
      dedupeKey: `invite:${id}`,
      brandId: brand.id,
      to: email,
      ...mail,
      attachments,
    });
  });
  return { invitationId: id, link };
}

export async function revokeInvitation(
  actor: Actor,
  brandId: string,
  invitationId: string,
  now: Date,
): Promise<void> {
  if (!(await revokeOpenInvitation(invitationId, brandId, now)))
    throw notFound("This invitation does not exist or is no longer open.");
  await transaction((tx) =>
    appendToStream<DistributionEvent>(
      tx,
      `brand-${brandId}`,
      "any",
      [{ type: "InvitationRevoked", payload: { brandId, invitationId } }],
      metadataFor(actor, brandId),
    ),
  );
}

export type InvitationView = {
  brandName: string;
  brandSlug: string;
  email: string;
  role: Role;
  state: InvitationState;
};

/** What the invite page shows. An unknown token is NotFound, like any wrong link. */
export async function invitationByToken(token: string, now: Date): Promise<InvitationView> {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token))
    throw notFound("This invitation link is not valid. Ask for a new one.");
  const inv = await invitationByHash(hashToken(token));
  if (!inv) throw notFound("This invitation link is not valid. Ask for a new one.");
  return {
    brandName: inv.brandName,
    brandSlug: inv.brandSlug,
    email: inv.email,
    role: inv.role as Role,
    state: invitationState(inv, now),
  };
}

/**
 * The signed-in user joins the team. The invitation was sent to one address: only that account can
 * use it, and only once it has proved it owns that address (else anyone could sign up as it).
 */
export async function acceptInvitation(
  user: SessionUser,
  token: string,
  now: Date,
): Promise<{ brandSlug: string; role: Role }> {
  const view = await invitationByToken(token, now);
  if (view.state === "accepted") throw conflict("This invitation has already been used.");
  if (view.state === "revoked")
    throw conflict("This invitation was withdrawn. Ask the brand's owner for a new one.");
  if (view.state === "expired")
    throw conflict("This invitation has expired. Ask the brand's owner for a new one.");
  if (view.email !== user.email.toLowerCase())
    throw invalid(`This invitation is for ${view.email}. Sign in with that address to accept it.`);
  await requireVerifiedEmail(user.id);
  return transaction(async (tx) => {
    // Claimed first: of two tabs accepting at once, one wins.
    const claimed = await claimInvitation(tx, hashToken(token), user.id, newId("mem_"), now);
    if (!claimed) throw conflict("This invitation has already been used.");
    const actor: Actor = { kind: "user", id: user.id, label: user.email };
    await appendToStream<DistributionEvent>(
      tx,
      `brand-${claimed.brandId}`,
      "any",
      [
        {
          type: "MemberAdded",
          payload: {
            brandId: claimed.brandId,
            userId: user.id,
            role: claimed.role,
            invitationId: claimed.invitationId,
          },
        },
      ],
      metadataFor(actor, claimed.brandId),
    );
    return { brandSlug: view.brandSlug, role: claimed.role };
  });
}

async function changeTeam(
  actor: Actor,
  brandId: string,
  memberId: string,
  newRole: Role | null,
): Promise<void> {
  await transaction(async (tx) => {
    const members = await lockTeam(tx, brandId);
    const refusal = checkTeamChange(members, memberId, newRole);
    if (refusal) throw members.some((m) => m.id === memberId) ? conflict(refusal) : notFound(refusal);
    const target = members.find((m) => m.id === memberId)!;
    if (newRole === null) {
      await deleteMember(tx, memberId);
      await appendToStream<DistributionEvent>(
        tx,
        `brand-${brandId}`,
        "any",
        [{ type: "MemberRemoved", payload: { brandId, userId: target.userId } }],
        metadataFor(actor, brandId),
      );
    } else if (newRole !== target.role) {
      await setMemberRole(tx, memberId, newRole);
      await appendToStream<DistributionEvent>(
        tx,
        `brand-${brandId}`,
        "any",
        [
          {
            type: "MemberRoleChanged",
            payload: { brandId, userId: target.userId, from: target.role, to: newRole },
          },
        ],
        metadataFor(actor, brandId),
      );
    }
  });
}

export const removeMember = (actor: Actor, brandId: string, memberId: string) =>
  changeTeam(actor, brandId, memberId, null);

export async function changeMemberRole(
  actor: Actor,
  brandId: string,
  memberId: string,
  raw: unknown,
): Promise<void> {
  const role = roleInput.safeParse(raw);
  if (!role.success) throw invalid(role.error.issues[0]!.message, { field: "role" });
  await changeTeam(actor, brandId, memberId, role.data);
}
