"use server";
// Start an export (issue 15): arguments parsed first, then the session, then the role
// (_lib/action.ts). Viewers may export: whoever may read the orders may take them away.
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { EXPORT_FORMATS, EXPORT_KINDS } from "@/server/insights";
import { startExport } from "@/server/workflows";
import { clock } from "@/server/platform/clock";
import type { FormState } from "@/components/action-form";
import { actorOf } from "../../../_lib/guard";
import { brandAction, idArg, slugArg } from "../../../_lib/action";
import { studioT } from "../../../_lib/locale";

// The schema is built once, in no language: its refusals are message keys (studio.sales
// `exports.refusals`), worded in the Studio's language when the action answers.
const REFUSALS = { kind: "chooseKind", format: "chooseFormat" } as const;
type Refusal = (typeof REFUSALS)[keyof typeof REFUSALS];
const isRefusal = (message: string): message is Refusal => Object.values<string>(REFUSALS).includes(message);

const exportForm = z.object({
  kind: z.enum(EXPORT_KINDS, REFUSALS.kind),
  format: z.enum(EXPORT_FORMATS, REFUSALS.format),
});

/** Bound: the brand's slug and the event (null: every event of the brand). */
const startExportInBrand = brandAction(
  { args: z.tuple([slugArg, idArg.nullable()]), form: exportForm, permission: "brand:read" },
  async (m, [slug, eventId], form) => {
    await startExport(actorOf(m.user), m.brand, { ...form, eventId }, clock.now());
    revalidatePath(`/studio/${slug}/insights/exports`);
    // No sentence beside the buttons: the export appears at the top of the list (a live region).
    return { at: Date.now() };
  },
);

export async function startExportAction(...raw: unknown[]): Promise<FormState> {
  const answer = await startExportInBrand(...raw);
  if (!answer?.fields) return answer;
  const t = await studioT("sales");
  const worded = (message: string) => (isRefusal(message) ? t(`exports.refusals.${message}`) : message);
  const fields = Object.fromEntries(Object.entries(answer.fields).map(([k, m]) => [k, worded(m)]));
  return { ...answer, fields, error: answer.error && worded(answer.error) };
}
