"use server";
// Adding a bundle. Arguments parsed first, then session, then role (_lib/action.ts).
import { z } from "zod";
import { createBundle, newBundleInput } from "@/server/workflows";
import { actorOf } from "../../../../_lib/guard";
import { brandAction, idArg, slugArg } from "../../../../_lib/action";
import { done } from "../../../../_lib/done";
import { studioT } from "../../../../_lib/locale";
import { bundleForm, bundleInputOf } from "../../../../_lib/bundle-form";

/** A bundle: its components (optional ones, choose-one groups) and how it is priced. */
export const addBundleAction = brandAction(
  { args: z.tuple([slugArg, idArg]), form: bundleForm, permission: "catalog:write" },
  async (m, [slug, eventId], form) => {
    await createBundle(actorOf(m.user), m.brand, eventId, bundleInputOf(newBundleInput, form));
    const t = await studioT("catalog");
    return done(slug, eventId, t("actions.bundleAdded", { name: form.name ?? "" }));
  },
);
