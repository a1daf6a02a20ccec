"use server";
// The event's details and their translations. Arguments parsed first, then session, then role
// (_lib/action.ts).
import { z } from "zod";
import { editEvent, eventDetailsInput, eventTranslationsInput, translateEvent } from "@/server/offering";
import { actorOf } from "../../../../_lib/guard";
import { brandAction, idArg, slugArg } from "../../../../_lib/action";
import { done } from "../../../../_lib/done";
import { revalidateShop } from "../../../../_lib/revalidate-shop";
import { studioT } from "../../../../_lib/locale";

export const editEventAction = brandAction(
  { args: z.tuple([slugArg, idArg]), form: eventDetailsInput, permission: "catalog:write" },
  async (m, [slug, eventId], form) => {
    await editEvent(actorOf(m.user), m.brand.id, eventId, form);
    return done(slug, eventId, (await studioT("catalog"))("eventEdit.saved"));
  },
);

export const translateEventAction = brandAction(
  { args: z.tuple([slugArg, idArg]), form: eventTranslationsInput, permission: "catalog:write" },
  async (m, [slug, eventId], form) => {
    await translateEvent(actorOf(m.user), m.brand.id, eventId, form);
    revalidateShop();
    return done(slug, eventId, (await studioT("catalog"))("eventEdit.translationsSaved"));
  },
);
