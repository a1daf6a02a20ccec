"use server";
// The system view's one action: deliver a parked event again (owners and managers, orders:write).
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { retryParkedEvent } from "@/server/workflows";
import { brandAction, slugArg } from "../../_lib/action";

const parkedId = z.string().regex(/^[0-9]{1,18}$/);

export const retryParkedEventAction = brandAction(
  { args: z.tuple([slugArg, parkedId]), permission: "orders:write" },
  async (m, [slug, id]) => {
    const r = await retryParkedEvent({ brandId: m.brand.id }, id);
    if (!r.delivered) return { error: `It failed again: ${r.error}` };
    revalidatePath(`/studio/${slug}/system`);
    return { ok: "Done: the event was handled this time.", at: Date.now() };
  },
);
