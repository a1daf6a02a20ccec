"use server";
// A new event. Arguments parsed first, then session, then role (_lib/action.ts).
import { redirect } from "next/navigation";
import { z } from "zod";
import { createEvent, eventDetailsInput } from "@/server/offering";
import { actorOf } from "../../../_lib/guard";
import { brandAction, slugArg } from "../../../_lib/action";

export const createEventAction = brandAction(
  { args: z.tuple([slugArg]), form: eventDetailsInput, permission: "catalog:write" },
  async (m, [slug], form) => {
    const event = await createEvent(actorOf(m.user), m.brand.id, form);
    redirect(`/studio/${slug}/events/${event.id}`);
  },
);
