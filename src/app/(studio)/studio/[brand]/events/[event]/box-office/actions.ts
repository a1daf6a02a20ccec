"use server";
// Selling at the door: staff pick what the person buys and how they paid. The form is checkout's
// box office sale (rows bought, method, buyer), parsed once here (ADR 0026).
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { boxOfficeSaleInput } from "@/server/checkout";
import { sellAtBoxOffice } from "@/server/workflows";
import { moneyIn } from "@/components/format";
import { actorOf } from "../../../../_lib/guard";
import { brandAction, idArg, slugArg } from "../../../../_lib/action";
import { studioLocale, studioT } from "../../../../_lib/locale";

export const sellAtBoxOfficeAction = brandAction(
  { args: z.tuple([slugArg, idArg]), form: boxOfficeSaleInput, permission: "orders:write" },
  async (m, [slug, eventId], form) => {
    const sale = await sellAtBoxOffice(actorOf(m.user), { brandSlug: slug, eventId }, form);
    const [t, locale] = await Promise.all([studioT("sales"), studioLocale()]);
    const total = moneyIn(locale)(sale.total, sale.currency);
    const method = t(`answers.methods.${form.method}`);
    revalidatePath(`/studio/${slug}/events/${eventId}/box-office`);
    return { ok: t("answers.sold", { reference: sale.reference, total, method }), at: Date.now() };
  },
);
