"use server";
// Selling at the door: staff pick what the person buys and how they paid.
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { sellAtBoxOffice } from "@/server/workflows";
import { formatMoney } from "@/components/format";
import { actorOf } from "../../../../_lib/guard";
import { brandAction, idArg, slugArg } from "../../../../_lib/action";
import { field, rows } from "../../../../_lib/form";

const saleForm = z.object({
  lines: rows({
    productId: field(64).optional(),
    variantId: field(64).optional(),
    quantity: field(6).optional(),
  }),
  method: field(10).optional(),
  name: field(200).optional(),
  email: field(254).optional(),
});

/** A line counts when a quantity other than 0 was typed for it. */
const chosen = (q: string | undefined) => !!q && q.trim() !== "" && q.trim() !== "0";

export const sellAtBoxOfficeAction = brandAction(
  { args: z.tuple([slugArg, idArg]), form: saleForm, permission: "orders:write" },
  async (m, [slug, eventId], form) => {
    const lines = (form.lines ?? [])
      .filter((l) => chosen(l.quantity) && l.productId)
      .map((l) => ({
        productId: l.productId!,
        variantId: l.variantId || null,
        quantity: Number(l.quantity),
      }));
    if (lines.length === 0) return { error: "Choose what they buy first." };
    const buyer = { name: form.name ?? "", email: form.email ?? "" };
    const sale = await sellAtBoxOffice(actorOf(m.user), {
      brandSlug: slug,
      eventId,
      lines,
      method: form.method,
      buyer,
    });
    const paidBy = form.method === "card" ? "card" : "cash";
    revalidatePath(`/studio/${slug}/events/${eventId}/box-office`);
    return {
      ok: `Sold ${sale.reference}: ${formatMoney(sale.total, sale.currency)} paid by ${paidBy}. The tickets are on their way by e-mail.`,
      at: Date.now(),
    };
  },
);
