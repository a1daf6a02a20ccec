"use server";
// The system view's one action: deliver a parked event again (owners and managers, orders:write).
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { retryParkedEvent } from "@/server/workflows";
import { brandAction, slugArg } from "../../_lib/action";
import { studioT } from "../../_lib/locale";

const parkedId = z.string().regex(/^[0-9]{1,18}$/);

export const retryParkedEventAction = brandAction(
  { args: z.tuple([slugArg, parkedId]), permission: "orders:write" },
  async (m, [slug, id]) => {
    const r = await retryParkedEvent({ brandId: m.brand.id }, id);
    const t = await studioT("shell");
    if (!r.delivered) return { error: t("system.failedAgain", { error: r.error }) };
    revalidatePath(`/studio/${slug}/system`);
    return { ok: t("system.done"), at: Date.now() };
  },
);
