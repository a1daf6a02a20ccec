"use server";
// Promo codes of the event: the form is pricing's promoForm, parsed once here (ADR 0026). Arguments
// parsed first, then session, then role (_lib/action.ts).
import { z } from "zod";
import { promoForm } from "@/server/pricing";
import { createPromoOnEvent } from "@/server/workflows";
import { actorOf } from "../../../../_lib/guard";
import { brandAction, idArg, slugArg } from "../../../../_lib/action";
import { done } from "../../../../_lib/done";
import { studioT } from "../../../../_lib/locale";

export const addPromoAction = brandAction(
  { args: z.tuple([slugArg, idArg]), form: promoForm, permission: "catalog:write" },
  async (m, [slug, eventId], form) => {
    const { code } = await createPromoOnEvent(actorOf(m.user), m.brand.id, eventId, form);
    const t = await studioT("catalog");
    return done(slug, eventId, t("actions.codeCreated", { code }));
  },
);
