"use server";
// Brand settings that change how money is split. Owners and managers (orders:write, like the
// refund policy beside it). Arguments parsed first, then session, then role (_lib/action.ts).
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { setBundleSplitBasis } from "@/server/distribution";
import { brandAction, slugArg } from "../../_lib/action";
import { actorOf } from "../../_lib/guard";
import { field } from "../../_lib/form";

export const setBundleSplitBasisAction = brandAction(
  { args: z.tuple([slugArg]), form: z.object({ bundleSplitBasis: field(20) }), permission: "orders:write" },
  async (m, [slug], form) => {
    await setBundleSplitBasis(actorOf(m.user), m.brand.id, form.bundleSplitBasis);
    revalidatePath(`/studio/${slug}`, "layout");
    return {
      ok: "Saved. Bundles sold from now on are split this way; orders already placed keep their split.",
    };
  },
);
