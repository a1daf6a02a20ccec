"use server";
// A product's page: its details and phases, a bundle's parts and pricing, merch variants.
// Arguments parsed first, then session, then role (_lib/action.ts).
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { productTranslationsInput, variantInput } from "@/server/offering";
import {
  addVariant,
  bundleChangeInput,
  changeBundle,
  editProduct,
  editVariant,
  newVariantInput,
  productEditInput,
  translateProduct,
} from "@/server/workflows";
import { actorOf } from "../../../../../_lib/guard";
import { brandAction, idArg, slugArg } from "../../../../../_lib/action";
import { done } from "../../../../../_lib/done";
import { bundleForm, bundleInputOf } from "../../../../../_lib/bundle-form";
import { studioT } from "../../../../../_lib/locale";

const onProduct = z.tuple([slugArg, idArg, idArg]);
const productPage = (slug: string, eventId: string, productId: string) =>
  revalidatePath(`/studio/${slug}/events/${eventId}/products/${productId}`);

/** Edit a product's details and price phases (a form without phases leaves them as they are). */
export const editProductAction = brandAction(
  { args: onProduct, form: productEditInput, permission: "catalog:write" },
  async (m, [slug, eventId, productId], form) => {
    await editProduct(actorOf(m.user), m.brand, eventId, productId, form);
    productPage(slug, eventId, productId);
    return done(slug, eventId, (await studioT("catalog"))("productPage.saved"));
  },
);

/** Change a bundle's components and pricing. */
export const changeBundleAction = brandAction(
  { args: onProduct, form: bundleForm, permission: "catalog:write" },
  async (m, [slug, eventId, bundleId], form) => {
    await changeBundle(actorOf(m.user), m.brand, eventId, bundleId, bundleInputOf(bundleChangeInput, form));
    productPage(slug, eventId, bundleId);
    return done(slug, eventId, (await studioT("catalog"))("productPage.saved"));
  },
);

export const addVariantAction = brandAction(
  { args: onProduct, form: newVariantInput, permission: "catalog:write" },
  async (m, [slug, eventId, productId], form) => {
    await addVariant(actorOf(m.user), m.brand, eventId, productId, form);
    productPage(slug, eventId, productId);
    return done(slug, eventId, (await studioT("catalog"))("productPage.added", { name: form.name }));
  },
);

export const editVariantAction = brandAction(
  {
    args: z.tuple([slugArg, idArg, idArg, idArg]),
    form: variantInput, // a blank SKU is made from the product's and the variant's names
    permission: "catalog:write",
  },
  async (m, [slug, eventId, productId, variantId], form) => {
    await editVariant(actorOf(m.user), m.brand, eventId, productId, variantId, form);
    productPage(slug, eventId, productId);
    return done(slug, eventId, (await studioT("catalog"))("productPage.saved"));
  },
);

/**
 * A product's name, description, and its variants', choice groups' and price phases' names in the
 * brand's other languages.
 */
export const translateProductAction = brandAction(
  { args: onProduct, form: productTranslationsInput, permission: "catalog:write" },
  async (m, [slug, eventId, productId], form) => {
    await translateProduct(actorOf(m.user), m.brand.id, eventId, productId, form);
    productPage(slug, eventId, productId);
    return done(slug, eventId, (await studioT("catalog"))("productPage.translationsSaved"));
  },
);
