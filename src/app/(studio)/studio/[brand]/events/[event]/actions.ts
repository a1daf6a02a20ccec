"use server";
// The event's Overview: putting it on sale. Arguments parsed first, then session, then role
// (_lib/action.ts).
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { publishEvent } from "@/server/offering";
import { clock } from "@/server/platform/clock";
import { revalidateShop } from "../../../_lib/revalidate-shop";
import { actorOf } from "../../../_lib/guard";
import { brandAction, idArg, slugArg } from "../../../_lib/action";
import { studioT } from "../../../_lib/locale";

export const publishEventAction = brandAction(
  { args: z.tuple([slugArg, idArg]), permission: "catalog:write" },
  async (m, [slug, eventId]) => {
    await publishEvent(actorOf(m.user), m.brand.id, eventId, clock.now());
    revalidatePath(`/studio/${slug}/events/${eventId}`);
    revalidateShop();
    const t = await studioT("catalog");
    return { ok: t("actions.published") };
  },
);
