"use server";
// Promo codes of the event. Arguments parsed first, then session, then role (_lib/action.ts).
import { z } from "zod";
import { createPromoOnEvent } from "@/server/workflows";
import { actorOf } from "../../../../_lib/guard";
import { brandAction, idArg, slugArg } from "../../../../_lib/action";
import { done } from "../../../../_lib/done";
import { field, ids } from "../../../../_lib/form";

const promoForm = z.object({
  code: field(40),
  kind: field(10).optional(),
  value: field(20).optional(),
  scope: field(10).optional(),
  maxUses: field(12).optional(),
  maxPerOrder: field(6).optional(),
  validFrom: field(20).optional(),
  validUntil: field(20).optional(),
  productIds: ids(),
  unlocksProductIds: ids(),
  reach: field(10).optional(),
  eventIds: ids(),
});

export const addPromoAction = brandAction(
  { args: z.tuple([slugArg, idArg]), form: promoForm, permission: "catalog:write" },
  async (m, [slug, eventId], form) => {
    await createPromoOnEvent(actorOf(m.user), m.brand.id, eventId, form);
    return done(slug, eventId, `Created the code ${form.code.toUpperCase()}.`);
  },
);
