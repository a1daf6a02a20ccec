"use server";
// Selling at the door: staff pick what the person buys and how they paid.
import { revalidatePath } from "next/cache";
import { sellAtBoxOffice } from "@/server/workflows";
import { formatMoney } from "@/components/format";
import type { FormState } from "@/components/action-form";
import { actorOf } from "../../../../_lib/guard";
import { member, toFormState } from "../../../../_lib/action";

export async function sellAtBoxOfficeAction(brandSlug: string, eventId: string, _: FormState, fd: FormData): Promise<FormState> {
  let message: string;
  try {
    const { user } = await member(brandSlug, "orders:write");
    // Quantities arrive as qty.<productId>, a variant as variant.<productId>.
    const lines = [...fd.entries()]
      .filter(([k, v]) => k.startsWith("qty.") && String(v).trim() !== "" && String(v).trim() !== "0")
      .map(([k, v]) => {
        const productId = k.slice(4);
        const variantId = String(fd.get(`variant.${productId}`) ?? "") || null;
        return { productId, variantId, quantity: Number(v) };
      });
    if (lines.length === 0) return { error: "Choose what they buy first." };
    const sale = await sellAtBoxOffice(actorOf(user), {
      brandSlug, eventId, lines, method: fd.get("method"),
      buyer: { name: String(fd.get("name") ?? ""), email: String(fd.get("email") ?? "") },
    });
    message = `Sold ${sale.reference}: ${formatMoney(sale.total, sale.currency)} paid by ${fd.get("method") === "card" ? "card" : "cash"}. The tickets are on their way by e-mail.`;
  } catch (e) {
    return toFormState(e);
  }
  revalidatePath(`/studio/${brandSlug}/events/${eventId}/box-office`);
  return { ok: message, at: Date.now() };
}
