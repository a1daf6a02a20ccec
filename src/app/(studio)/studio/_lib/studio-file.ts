import "server-only";
// A Studio route handler (a file, not a page): its route params parsed first (a bad one is a
// 404, never a 500), then signed in (else 401), then a member with the permission in this brand;
// anything of another brand, or unknown, is a plain 404.
import { z } from "zod";
import { currentUser } from "@/server/platform/auth";
import { requireMembership, type Membership, type Permission } from "@/server/distribution";
import { isDomainError } from "@/server/platform/errors";

/** A path segment naming a record: a brand's slug or an id. */
export const segment = z.string().min(1).max(64);

export async function studioFile<S extends z.ZodObject<{ brand: typeof segment }>>(
  params: Promise<unknown>,
  schema: S,
  permission: Permission,
  respond: (m: Membership, params: z.output<S>) => Promise<Response>,
): Promise<Response> {
  const parsed = schema.safeParse(await params);
  if (!parsed.success) return new Response("Not found.", { status: 404 });
  const user = await currentUser();
  if (!user) return new Response("Sign in first.", { status: 401 });
  try {
    return await respond(await requireMembership(user.id, parsed.data.brand, permission), parsed.data);
  } catch (e) {
    if (isDomainError(e)) return new Response("Not found.", { status: 404 });
    throw e;
  }
}
