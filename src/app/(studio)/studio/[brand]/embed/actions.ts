"use server";
// "Check now": look for the brand's DNS TXT record, so its own domain starts serving its shop.
// Managers and owners (brand:write).
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { verifyCustomDomain } from "@/server/distribution";
import { actorOf } from "../../_lib/guard";
import { brandAction, slugArg } from "../../_lib/action";
import { studioT } from "../../_lib/locale";

export const checkDomainAction = brandAction(
  { args: z.tuple([slugArg]), permission: "brand:write" },
  async (m, [slug]) => {
    await verifyCustomDomain(actorOf(m.user), m.brand.id);
    revalidatePath(`/studio/${slug}/embed`);
    return { ok: (await studioT("shell"))("embed.verified"), at: Date.now() };
  },
);
