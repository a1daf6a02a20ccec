import "server-only";
import { revalidatePath } from "next/cache";
import type { FormState } from "@/components/action-form";
import { revalidateShop } from "./revalidate-shop";

/**
 * A catalog change saved: the event's Studio page and the shop show it at once, and the form
 * says `ok` (with a time, so the same message twice still shows as new).
 */
export function done(brandSlug: string, eventId: string, ok: string): FormState {
  revalidatePath(`/studio/${brandSlug}/events/${eventId}`);
  revalidateShop();
  return { ok, at: Date.now() };
}
