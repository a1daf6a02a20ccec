"use server";
// The brand's look and where its shop lives. Managers and owners (brand:write). Arguments parsed
// first, then session, then role (_lib/action.ts).
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { revalidateShop } from "../../_lib/revalidate-shop";
import { setBrandImage, setShopPlaces, setTheme, storeImage } from "@/server/distribution";
import { setHeaderImage, studioEvent } from "@/server/offering";
import { brandAction, idArg, slugArg } from "../../_lib/action";
import { actorOf } from "../../_lib/guard";
import { field, worded } from "../../_lib/form";
import { studioT } from "../../_lib/locale";

const image = worded(z.instanceof(Blob), "chooseImage").optional();
const bytesOf = async (file: Blob | undefined) =>
  file ? new Uint8Array(await file.arrayBuffer()) : new Uint8Array();
const shopChanged = (slug: string) => {
  revalidateShop();
  revalidatePath(`/studio/${slug}/theme`);
};

const themeForm = z.object({
  primaryColor: field(20),
  accentColor: field(20),
  background: field(10),
  font: field(40),
  buttonShape: field(10),
});

export const setThemeAction = brandAction(
  { args: z.tuple([slugArg]), form: themeForm, permission: "brand:write" },
  async (m, [slug], form) => {
    await setTheme(actorOf(m.user), m.brand.id, form);
    shopChanged(slug);
    return { ok: (await studioT("shell"))("theme.saved"), at: Date.now() };
  },
);

const imageKind = z.enum(["logo", "favicon"]);

export const uploadBrandImageAction = brandAction(
  {
    args: z.tuple([slugArg, imageKind]),
    form: z.object({ logo: image, favicon: image }),
    permission: "brand:write",
  },
  async (m, [slug, kind], form) => {
    await setBrandImage(actorOf(m.user), m.brand.id, kind, await bytesOf(form[kind]));
    shopChanged(slug);
    return { ok: (await studioT("shell"))(`theme.${kind}.uploaded`), at: Date.now() };
  },
);

export const removeBrandImageAction = brandAction(
  { args: z.tuple([slugArg, imageKind]), permission: "brand:write" },
  async (m, [slug, kind]) => {
    await setBrandImage(actorOf(m.user), m.brand.id, kind, null);
    shopChanged(slug);
    return { ok: (await studioT("shell"))("theme.removed"), at: Date.now() };
  },
);

export const setShopPlacesAction = brandAction(
  {
    args: z.tuple([slugArg]),
    form: z.object({ customDomain: field(253).optional(), embedOrigins: field(4000).optional() }),
    permission: "brand:write",
  },
  async (m, [slug], form) => {
    const embedOrigins = (form.embedOrigins ?? "").split(/[\s,]+/);
    await setShopPlaces(actorOf(m.user), m.brand.id, { customDomain: form.customDomain ?? "", embedOrigins });
    revalidatePath(`/studio/${slug}/embed`);
    return { ok: (await studioT("shell"))("embed.saved"), at: Date.now() };
  },
);

export const setEventHeaderImageAction = brandAction(
  {
    args: z.tuple([slugArg, idArg]),
    form: z.object({ headerImage: image, remove: field(1).optional() }),
    permission: "brand:write",
  },
  async (m, [slug, eventId], form) => {
    const remove = form.remove === "1";
    await studioEvent(m.brand.id, eventId); // another brand's event: NotFound before anything is stored
    const key = remove
      ? null
      : await storeImage(m.brand.id, "header", await bytesOf(form.headerImage), "headerImage");
    await setHeaderImage(actorOf(m.user), m.brand.id, eventId, key);
    revalidatePath(`/studio/${slug}/events/${eventId}`);
    revalidateShop();
    const t = await studioT("shell");
    return { ok: remove ? t("theme.headerImageRemoved") : t("theme.headerImageUploaded"), at: Date.now() };
  },
);
