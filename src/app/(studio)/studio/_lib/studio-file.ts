import "server-only";
// A Studio route handler (a file, not a page): signed in (else 401), a member with the permission
// in this brand, and anything of another brand, or unknown, is a plain 404.
import { currentUser } from "@/server/platform/auth";
import { requireMembership, type Membership, type Permission } from "@/server/distribution";
import { isDomainError } from "@/server/platform/errors";

export async function studioFile(
  slug: string,
  permission: Permission,
  respond: (m: Membership) => Promise<Response>,
): Promise<Response> {
  const user = await currentUser();
  if (!user) return new Response("Sign in first.", { status: 401 });
  try {
    return await respond(await requireMembership(user.id, slug, permission));
  } catch (e) {
    if (isDomainError(e)) return new Response("Not found.", { status: 404 });
    throw e;
  }
}
