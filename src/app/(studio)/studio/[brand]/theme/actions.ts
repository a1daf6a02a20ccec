"use server";
// The brand's look and where its shop lives. Managers and owners (brand:write).
import { revalidatePath } from "next/cache";
import { revalidateShop } from "../../_lib/revalidate-shop";
import { setBrandImage, setShopPlaces, setTheme, storeImage } from "@/server/distribution";
import { setHeaderImage, studioEvent } from "@/server/offering";
import type { FormState } from "@/components/action-form";
import { actorOf } from "../../_lib/guard";
import { member, toFormState } from "../../_lib/action";

const editor = (slug: string) => member(slug, "brand:write");

const text = (fd: FormData, name: string) => String(fd.get(name) ?? "");
async function bytesOf(fd: FormData, name: string): Promise<Uint8Array> {
  const file = fd.get(name);
  return file instanceof Blob ? new Uint8Array(await file.arrayBuffer()) : new Uint8Array();
}
const shopChanged = (slug: string) => {
  revalidateShop();
  revalidatePath(`/studio/${slug}/theme`);
};

export async function setThemeAction(brandSlug: string, _: FormState, fd: FormData): Promise<FormState> {
  try {
    const m = await editor(brandSlug);
    await setTheme(actorOf(m.user), m.brand.id, { primaryColor: text(fd, "primaryColor"), accentColor: text(fd, "accentColor"), background: text(fd, "background"), font: text(fd, "font"), buttonShape: text(fd, "buttonShape") });
  } catch (e) {
    return toFormState(e);
  }
  shopChanged(brandSlug);
  return { ok: "Saved. Your shop, order pages, e-mails and PDF tickets use the new theme.", at: Date.now() };
}

export async function uploadBrandImageAction(brandSlug: string, kind: "logo" | "favicon", _: FormState, fd: FormData): Promise<FormState> {
  try {
    const m = await editor(brandSlug);
    if (kind !== "logo" && kind !== "favicon") throw new Error("unknown image kind");
    await setBrandImage(actorOf(m.user), m.brand.id, kind, await bytesOf(fd, kind));
  } catch (e) {
    return toFormState(e);
  }
  shopChanged(brandSlug);
  return { ok: kind === "logo" ? "Logo uploaded." : "Favicon uploaded.", at: Date.now() };
}

export async function removeBrandImageAction(brandSlug: string, kind: "logo" | "favicon", _: FormState, _fd: FormData): Promise<FormState> {
  try {
    const m = await editor(brandSlug);
    if (kind !== "logo" && kind !== "favicon") throw new Error("unknown image kind");
    await setBrandImage(actorOf(m.user), m.brand.id, kind, null);
  } catch (e) {
    return toFormState(e);
  }
  shopChanged(brandSlug);
  return { ok: "Removed.", at: Date.now() };
}

export async function setShopPlacesAction(brandSlug: string, _: FormState, fd: FormData): Promise<FormState> {
  try {
    const m = await editor(brandSlug);
    await setShopPlaces(actorOf(m.user), m.brand.id, { customDomain: text(fd, "customDomain"), embedOrigins: text(fd, "embedOrigins").split(/[\s,]+/) });
  } catch (e) {
    return toFormState(e);
  }
  revalidatePath(`/studio/${brandSlug}/embed`);
  return { ok: "Saved.", at: Date.now() };
}

export async function setEventHeaderImageAction(brandSlug: string, eventId: string, _: FormState, fd: FormData): Promise<FormState> {
  try {
    const m = await editor(brandSlug);
    const remove = fd.get("remove") === "1";
    await studioEvent(m.brand.id, eventId); // another brand's event: NotFound before anything is stored
    const key = remove ? null : await storeImage(m.brand.id, "header", await bytesOf(fd, "headerImage"), "headerImage");
    await setHeaderImage(actorOf(m.user), m.brand.id, eventId, key);
  } catch (e) {
    return toFormState(e);
  }
  revalidatePath(`/studio/${brandSlug}/events/${eventId}`);
  revalidateShop();
  return { ok: fd.get("remove") === "1" ? "Header image removed." : "Header image uploaded.", at: Date.now() };
}
