"use server";
// Adding a product to the event: the form is workflows' newProductInput (offering's fields, the
// supply, pricing's phases), parsed once here (ADR 0026). Arguments parsed first, then session,
// then role (_lib/action.ts).
import { z } from "zod";
import { createProduct, newProductInput } from "@/server/workflows";
import { actorOf } from "../../../../_lib/guard";
import { brandAction, idArg, slugArg } from "../../../../_lib/action";
import { done } from "../../../../_lib/done";
import { studioT } from "../../../../_lib/locale";

/**
 * A ticket or an add-on (its own capacity and/or a shared pool), or merch (variants with their
 * stock), with its price phases.
 */
export const addProductAction = brandAction(
  { args: z.tuple([slugArg, idArg]), form: newProductInput, permission: "catalog:write" },
  async (m, [slug, eventId], form) => {
    await createProduct(actorOf(m.user), m.brand, eventId, form);
    const t = await studioT("catalog");
    return done(slug, eventId, t("actions.productAdded", { name: form.name }));
  },
);
