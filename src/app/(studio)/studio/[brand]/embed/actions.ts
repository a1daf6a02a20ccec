"use server";
// "Check now": look for the brand's DNS TXT record, so its own domain starts serving its shop.
// Managers and owners (brand:write).
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { verifyCustomDomain } from "@/server/distribution";
import type { FormState } from "@/components/action-form";
import { actorOf } from "../../_lib/guard";
import { member, toFormState } from "../../_lib/action";

const args = z.tuple([z.string().min(1).max(60), z.unknown(), z.instanceof(FormData)]);

export async function checkDomainAction(
  brandSlug: string,
  state: FormState,
  fd: FormData,
): Promise<FormState> {
  const parsed = args.safeParse([brandSlug, state, fd]);
  if (!parsed.success) return { error: "That request was not understood. Reload the page and try again." };
  const [slug] = parsed.data;
  try {
    const m = await member(slug, "brand:write");
    await verifyCustomDomain(actorOf(m.user), m.brand.id);
  } catch (e) {
    return toFormState(e);
  }
  revalidatePath(`/studio/${slug}/embed`);
  return { ok: "Verified. Your domain now shows your shop.", at: Date.now() };
}
