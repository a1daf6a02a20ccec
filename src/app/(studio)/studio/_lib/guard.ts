import "server-only";
import { cache } from "react";
import { notFound, redirect } from "next/navigation";
import { currentUser, type SessionUser } from "@/server/platform/auth";
import { can, requireMembership, type Membership, type Permission } from "@/server/distribution";
import { studioEvent } from "@/server/offering";
import { isDomainError } from "@/server/platform/errors";

/** Every Studio page starts here: a signed-in organizer, or the sign-in page. */
export async function studioUser(): Promise<SessionUser> {
  const user = await currentUser();
  if (!user) redirect("/studio/sign-in");
  return user;
}

// Read once per request: the brand layout, the event layout and the page all ask.
const membershipOf = cache((userId: string, slug: string) => requireMembership(userId, slug, null));
const eventOf = cache(studioEvent);

/** A brand page: the caller must be a member with `permission`; anyone else gets a 404. */
export async function studioBrand(
  slug: string,
  permission: Permission | null,
): Promise<Membership & { user: SessionUser }> {
  const user = await studioUser();
  let membership: Membership;
  try {
    membership = await membershipOf(user.id, slug);
  } catch (e) {
    if (isDomainError(e) && (e.code === "NotFound" || e.code === "NotAllowed")) notFound();
    throw e;
  }
  if (permission && !can(membership.role, permission)) notFound();
  return { user, ...membership };
}

export const actorOf = (user: SessionUser) => ({ kind: "user" as const, id: user.id, label: user.email });

/** An event page: the brand's event, or a 404 (another brand's event is not found either). */
export async function studioEventOr404(brandId: string, eventId: string) {
  try {
    return await eventOf(brandId, eventId);
  } catch (e) {
    if (isDomainError(e)) notFound();
    throw e;
  }
}
