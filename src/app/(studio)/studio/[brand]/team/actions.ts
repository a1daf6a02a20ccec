"use server";
// The team: invite, change a role, remove, withdraw an invitation (owners), and accept an
// invitation (the invited person). Arguments parsed first, then session, then role (_lib/action.ts).
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import {
  acceptInvitation,
  changeMemberRole,
  teamOf,
  inviteMember,
  revokeInvitation,
  removeMember,
  ROLES,
} from "@/server/distribution";
import { clock } from "@/server/platform/clock";
import { actorOf } from "../../_lib/guard";
import { brandAction, idArg, slugArg, userAction } from "../../_lib/action";
import { field, worded } from "../../_lib/form";
import { studioT } from "../../_lib/locale";

const role = worded(z.enum(ROLES), "chooseRole");
const teamPage = (slug: string) => revalidatePath(`/studio/${slug}/team`);

export const inviteMemberAction = brandAction(
  { args: z.tuple([slugArg]), form: z.object({ email: field(254), role }), permission: "team:write" },
  async (m, [slug], form) => {
    const { link } = await inviteMember(actorOf(m.user), m.brand, form, clock.now());
    const t = await studioT("shell");
    const email = form.email.trim().toLowerCase();
    teamPage(slug);
    return { ok: t("team.invited", { email, role: t(`roles.${form.role}.label`), link }), at: Date.now() };
  },
);

export const changeRoleAction = brandAction(
  { args: z.tuple([slugArg, idArg]), form: z.object({ role }), permission: "team:write" },
  async (m, [slug, memberId], form) => {
    await changeMemberRole(actorOf(m.user), m.brand.id, memberId, form.role);
    teamPage(slug);
    return { ok: (await studioT("shell"))("team.roleChanged"), at: Date.now() };
  },
);

export const removeMemberAction = brandAction(
  { args: z.tuple([slugArg, idArg]), permission: "team:write" },
  async (m, [slug, memberId]) => {
    const team = await teamOf(m.brand.id, clock.now());
    const self = team.members.some((x) => x.id === memberId && x.userId === m.user.id);
    await removeMember(actorOf(m.user), m.brand.id, memberId);
    if (self) redirect("/studio");
    teamPage(slug);
    return { ok: (await studioT("shell"))("team.removed"), at: Date.now() };
  },
);

export const revokeInvitationAction = brandAction(
  { args: z.tuple([slugArg, idArg]), permission: "team:write" },
  async (m, [slug, invitationId]) => {
    await revokeInvitation(actorOf(m.user), m.brand.id, invitationId, clock.now());
    teamPage(slug);
    return { ok: (await studioT("shell"))("team.withdrawn"), at: Date.now() };
  },
);

export const acceptInvitationAction = userAction(
  { args: z.tuple([z.string().min(1).max(200)]), signInNext: ([token]) => `/studio/invite/${token}` },
  async (user, [token]) => {
    const { brandSlug } = await acceptInvitation(user, token, clock.now());
    redirect(`/studio/${brandSlug}`);
  },
);
