"use server";
// Brand settings about money: the fans' refund policy and how bundles are split. Owners and
// managers (orders:write). Arguments parsed first, then session, then role (_lib/action.ts).
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { setBundleSplitBasis } from "@/server/distribution";
import { refundPolicyInput, setRefundPolicy } from "@/server/checkout";
import { brandAction, slugArg } from "../../_lib/action";
import { actorOf } from "../../_lib/guard";
import { field } from "../../_lib/form";

export const setRefundPolicyAction = brandAction(
  { args: z.tuple([slugArg]), form: refundPolicyInput, permission: "orders:write" },
  async (m, [slug], form) => {
    await setRefundPolicy(m.brand.id, form);
    revalidatePath(`/studio/${slug}/settings`);
    return { ok: "Saved. Fans see the new policy on their order page." };
  },
);

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
