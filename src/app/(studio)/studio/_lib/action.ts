import "server-only";
// What every Studio server action starts and ends with: the signed-in member with a permission
// in this brand (else the sign-in page, or the domain's refusal as the form's answer), and a
// domain error turned into the form's message at its field.
import { redirect } from "next/navigation";
import { currentUser } from "@/server/platform/auth";
import { requireMembership, type Permission } from "@/server/distribution";
import { isDomainError } from "@/server/platform/errors";
import type { FormState } from "@/components/action-form";

export function toFormState(e: unknown): FormState {
  if (isDomainError(e)) return { error: e.message, field: typeof e.details.field === "string" ? e.details.field : undefined };
  throw e; // redirects and genuine failures
}

export async function member(slug: string, permission: Permission) {
  const user = await currentUser();
  if (!user) redirect("/studio/sign-in");
  return { user, ...(await requireMembership(user.id, slug, permission)) };
}
