"use server";
// Brand settings: the fans' refund policy and how bundles are split (orders:write), and the shop's
// accessibility statement, languages and e-mail footer (brand:write). Owners and managers.
// Arguments parsed first, then session, then role (_lib/action.ts).
import { revalidatePath } from "next/cache";
import { z } from "zod";
import {
  accessibilityStatementInput,
  mailFooterInput,
  setAccessibilityStatement,
  setMailFooter,
  setBundleSplitBasis,
  setShopLanguages,
} from "@/server/distribution";
import { clock } from "@/server/platform/clock";
import { refundPolicyInput, setRefundPolicy } from "@/server/checkout";
import { brandAction, slugArg } from "../../_lib/action";
import { actorOf } from "../../_lib/guard";
import { revalidateShop } from "../../_lib/revalidate-shop";
import { field, ids } from "../../_lib/form";
import { studioT } from "../../_lib/locale";

export const setRefundPolicyAction = brandAction(
  { args: z.tuple([slugArg]), form: refundPolicyInput, permission: "orders:write" },
  async (m, [slug], form) => {
    await setRefundPolicy(m.brand.id, form);
    revalidatePath(`/studio/${slug}/settings`);
    return { ok: (await studioT("shell"))("settings.refunds.saved") };
  },
);

export const setBundleSplitBasisAction = brandAction(
  { args: z.tuple([slugArg]), form: z.object({ bundleSplitBasis: field(20) }), permission: "orders:write" },
  async (m, [slug], form) => {
    await setBundleSplitBasis(actorOf(m.user), m.brand.id, form.bundleSplitBasis);
    revalidatePath(`/studio/${slug}`, "layout");
    return { ok: (await studioT("shell"))("settings.split.saved") };
  },
);

export const setAccessibilityStatementAction = brandAction(
  { args: z.tuple([slugArg]), form: accessibilityStatementInput, permission: "brand:write" },
  async (m, [slug], form) => {
    await setAccessibilityStatement(actorOf(m.user), m.brand.id, form, clock.now());
    revalidateShop();
    revalidatePath(`/studio/${slug}/settings`);
    const t = await studioT("shell");
    return {
      ok: form.statement ? t("settings.statement.savedYours") : t("settings.statement.savedMarquees"),
    };
  },
);

export const setShopLanguagesAction = brandAction(
  {
    args: z.tuple([slugArg]),
    form: z.object({ languages: ids(10), defaultLanguage: field(10) }),
    permission: "brand:write",
  },
  async (m, [slug], form) => {
    await setShopLanguages(actorOf(m.user), m.brand.id, form);
    revalidateShop();
    revalidatePath(`/studio/${slug}`, "layout");
    return { ok: (await studioT("shell"))("settings.languages.saved") };
  },
);

export const setMailFooterAction = brandAction(
  { args: z.tuple([slugArg]), form: mailFooterInput, permission: "brand:write" },
  async (m, [slug], form) => {
    await setMailFooter(actorOf(m.user), m.brand.id, form);
    revalidatePath(`/studio/${slug}/settings`);
    const t = await studioT("shell");
    return { ok: form.mailFooter ? t("settings.footer.saved") : t("settings.footer.savedNone") };
  },
);
