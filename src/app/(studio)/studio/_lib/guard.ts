import "server-only";
import { notFound, redirect } from "next/navigation";
import { currentUser, type SessionUser } from "@/server/platform/auth";
import { requireMembership, type Membership, type Permission } from "@/server/distribution";
import { studioEvent } from "@/server/offering";
import { isDomainError } from "@/server/platform/errors";

/** Every Studio page starts here: a signed-in organizer, or the sign-in page. */
export async function studioUser(): Promise<SessionUser> {
  const user = await currentUser();
  if (!user) redirect("/studio/sign-in");
  return user;
}

/** A brand page: the caller must be a member with `permission`; anyone else gets a 404. */
export async function studioBrand(
  slug: string,
  permission: Permission | null,
): Promise<Membership & { user: SessionUser }> {
  const user = await studioUser();
  try {
    return { user, ...(await requireMembership(user.id, slug, permission)) };
  } catch (e) {
    if (isDomainError(e) && (e.code === "NotFound" || e.code === "NotAllowed")) notFound();
    throw e;
  }
}

export const actorOf = (user: SessionUser) => ({ kind: "user" as const, id: user.id, label: user.email });

/** An event page: the brand's event, or a 404 (another brand's event is not found either). */
export async function studioEventOr404(brandId: string, eventId: string) {
  try {
    return await studioEvent(brandId, eventId);
  } catch (e) {
    if (isDomainError(e)) notFound();
    throw e;
  }
}
