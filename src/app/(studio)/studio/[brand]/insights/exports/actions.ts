"use server";
// Start an export (issue 15): arguments parsed first, then the session, then the role
// (_lib/action.ts). Viewers may export: whoever may read the orders may take them away.
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { EXPORT_FORMATS, EXPORT_KINDS } from "@/server/insights";
import { startExport } from "@/server/workflows";
import { clock } from "@/server/platform/clock";
import { actorOf } from "../../../_lib/guard";
import { brandAction, idArg, slugArg } from "../../../_lib/action";

const exportForm = z.object({
  kind: z.enum(EXPORT_KINDS, "Choose what to export"),
  format: z.enum(EXPORT_FORMATS, "Choose CSV or XLSX"),
});

/** Bound: the brand's slug and the event (null: every event of the brand). */
export const startExportAction = brandAction(
  { args: z.tuple([slugArg, idArg.nullable()]), form: exportForm, permission: "brand:read" },
  async (m, [slug, eventId], form) => {
    await startExport(actorOf(m.user), m.brand, { ...form, eventId }, clock.now());
    revalidatePath(`/studio/${slug}/insights/exports`);
    // No sentence beside the buttons: the export appears at the top of the list (a live region).
    return { at: Date.now() };
  },
);
