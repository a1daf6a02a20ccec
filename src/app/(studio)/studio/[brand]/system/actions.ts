"use server";
// The system view's one action: deliver a parked event again (owners and managers, orders:write).
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { retryParkedEvent } from "@/server/workflows";
import type { FormState } from "@/components/action-form";
import { member, toFormState } from "../../_lib/action";

// Bound arguments come from the page, but a caller can send anything: parse them first.
const retryArgs = z.tuple([z.string().min(1).max(80), z.string().regex(/^[0-9]{1,18}$/)]);

export async function retryParkedEventAction(
  brandSlug: unknown,
  heldId: unknown,
  _: FormState,
  _fd: FormData,
): Promise<FormState> {
  const args = retryArgs.safeParse([brandSlug, heldId]);
  if (!args.success) return { error: "This parked event was not found; it may have been retried already." };
  const [slug, id] = args.data;
  let message: string;
  try {
    const m = await member(slug, "orders:write");
    const r = await retryParkedEvent({ brandId: m.brand.id }, id);
    if (!r.delivered) return { error: `It failed again: ${r.error}` };
    message = "Done: the event was handled this time.";
  } catch (e) {
    return toFormState(e);
  }
  revalidatePath(`/studio/${slug}/system`);
  return { ok: message, at: Date.now() };
}
