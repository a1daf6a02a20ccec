"use server";
// Shared pools and what draws from them. Arguments parsed first, then session, then role
// (_lib/action.ts).
import { z } from "zod";
import { addDrawToPool, createPoolWithDraws, newPoolInput, pickedDrawInput } from "@/server/workflows";
import { actorOf } from "../../../../_lib/guard";
import { brandAction, idArg, slugArg } from "../../../../_lib/action";
import { done } from "../../../../_lib/done";
import { studioT } from "../../../../_lib/locale";

/** A shared pool, with the products (or variants) that draw from it. */
export const addPoolAction = brandAction(
  { args: z.tuple([slugArg, idArg]), form: newPoolInput, permission: "catalog:write" },
  async (m, [slug, eventId], { draws, ...pool }) => {
    await createPoolWithDraws(actorOf(m.user), m.brand.id, pool, draws);
    const t = await studioT("catalog");
    return done(slug, eventId, t("actions.poolAdded", { name: pool.name }));
  },
);

export const addDrawAction = brandAction(
  { args: z.tuple([slugArg, idArg, idArg]), form: pickedDrawInput, permission: "catalog:write" },
  async (m, [slug, eventId, poolId], form) => {
    await addDrawToPool(actorOf(m.user), m.brand.id, poolId, form);
    const t = await studioT("catalog");
    return done(slug, eventId, t("actions.drawAdded"));
  },
);
