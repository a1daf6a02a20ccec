import { z } from "zod";
import { ROLES, type Role } from "./brand";

/** How long an invitation link works. */
export const INVITATION_DAYS = 7;

export const inviteInput = z.object({
  email: z.string().trim().toLowerCase().email("Enter the e-mail address to invite"),
  role: z.enum(ROLES, { message: "Choose a role: owner, manager, door or viewer" }),
});
export type InviteInput = z.output<typeof inviteInput>;

export const roleInput = z.enum(ROLES, { message: "Choose a role: owner, manager, door or viewer" });

export const ROLE_LABELS: Record<Role, { label: string; can: string }> = {
  owner: { label: "Owner", can: "everything, including the team and billing" },
  manager: { label: "Manager", can: "events, products, orders, refunds and the door — not the team" },
  door: { label: "Door staff", can: "checking tickets in, nothing else" },
  viewer: { label: "Viewer", can: "reading sales, orders and the audit log" },
};

export type InvitationState = "open" | "expired" | "accepted" | "revoked";
export function invitationState(
  inv: { expiresAt: Date; acceptedAt: Date | null; revokedAt: Date | null },
  now: Date,
): InvitationState {
  if (inv.acceptedAt) return "accepted";
  if (inv.revokedAt) return "revoked";
  return inv.expiresAt <= now ? "expired" : "open";
}

type MemberRow = { id: string; role: Role };

/** A brand always keeps at least one owner: the last one can be neither removed nor demoted. */
export function checkTeamChange(
  members: readonly MemberRow[],
  memberId: string,
  newRole: Role | null,
): string | null {
  const target = members.find((m) => m.id === memberId);
  if (!target) return "This person is not on the team.";
  const owners = members.filter((m) => m.role === "owner").length;
  if (target.role === "owner" && newRole !== "owner" && owners === 1)
    return newRole === null
      ? "A brand needs an owner: make someone else owner before removing the last one."
      : "A brand needs an owner: make someone else owner first.";
  return null;
}
