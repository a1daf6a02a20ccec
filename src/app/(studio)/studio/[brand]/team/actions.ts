"use server";
// The team: invite, change a role, remove, withdraw an invitation (owners), and accept an invitation (the invited person).
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { acceptInvitation, changeMemberRole, teamOf, inviteMember, revokeInvitation, removeMember, ROLE_LABELS, type Role } from "@/server/distribution";
import { currentUser } from "@/server/platform/auth";
import { clock } from "@/server/platform/clock";
import type { FormState } from "@/components/action-form";
import { actorOf } from "../../_lib/guard";
import { member, toFormState } from "../../_lib/action";

const owner = (slug: string) => member(slug, "team:write");

export async function inviteMemberAction(brandSlug: string, _: FormState, fd: FormData): Promise<FormState> {
  let message: string;
  try {
    const m = await owner(brandSlug);
    const email = String(fd.get("email") ?? "");
    const { link } = await inviteMember(actorOf(m.user), m.brand, { email, role: fd.get("role") }, clock.now());
    message = `Invited ${email.trim().toLowerCase()} as ${ROLE_LABELS[String(fd.get("role")) as Role].label}. The e-mail is on its way; you can also pass on the link: ${link}`;
  } catch (e) {
    return toFormState(e);
  }
  revalidatePath(`/studio/${brandSlug}/team`);
  return { ok: message, at: Date.now() };
}

export async function changeRoleAction(brandSlug: string, memberId: string, _: FormState, fd: FormData): Promise<FormState> {
  try {
    const m = await owner(brandSlug);
    await changeMemberRole(actorOf(m.user), m.brand.id, memberId, fd.get("role"));
  } catch (e) {
    return toFormState(e);
  }
  revalidatePath(`/studio/${brandSlug}/team`);
  return { ok: "Role changed.", at: Date.now() };
}

export async function removeMemberAction(brandSlug: string, memberId: string, _: FormState, _fd: FormData): Promise<FormState> {
  let self = false;
  try {
    const m = await owner(brandSlug);
    self = (await teamOf(m.brand.id, clock.now())).members.some((x) => x.id === memberId && x.userId === m.user.id);
    await removeMember(actorOf(m.user), m.brand.id, memberId);
  } catch (e) {
    return toFormState(e);
  }
  if (self) redirect("/studio");
  revalidatePath(`/studio/${brandSlug}/team`);
  return { ok: "Removed from the team.", at: Date.now() };
}

export async function revokeInvitationAction(brandSlug: string, invitationId: string, _: FormState, _fd: FormData): Promise<FormState> {
  try {
    const m = await owner(brandSlug);
    await revokeInvitation(actorOf(m.user), m.brand.id, invitationId, clock.now());
  } catch (e) {
    return toFormState(e);
  }
  revalidatePath(`/studio/${brandSlug}/team`);
  return { ok: "Invitation withdrawn.", at: Date.now() };
}

export async function acceptInvitationAction(token: string, _: FormState, _fd: FormData): Promise<FormState> {
  const user = await currentUser();
  if (!user) redirect(`/studio/sign-in?next=${encodeURIComponent(`/studio/invite/${token}`)}`);
  let target: string;
  try {
    const { brandSlug } = await acceptInvitation(user, token, clock.now());
    target = `/studio/${brandSlug}`;
  } catch (e) {
    return toFormState(e);
  }
  redirect(target);
}
