"use server";
// The event's details. Arguments parsed first, then session, then role (_lib/action.ts).
import { z } from "zod";
import { editEvent, eventDetailsInput } from "@/server/offering";
import { actorOf } from "../../../../_lib/guard";
import { brandAction, idArg, slugArg } from "../../../../_lib/action";
import { done } from "../../../../_lib/done";

export const editEventAction = brandAction(
  { args: z.tuple([slugArg, idArg]), form: eventDetailsInput, permission: "catalog:write" },
  async (m, [slug, eventId], form) => {
    await editEvent(actorOf(m.user), m.brand.id, eventId, form);
    return done(slug, eventId, "Saved.");
  },
);
