"use server";
// Studio forms submit here. Each action is made by brandAction/userAction (_lib/action.ts): its
// bound arguments and its form parsed by zod first, then the session, then the role, then one
// command; the answer becomes the form's state or a redirect.
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { revalidateShop } from "./_lib/revalidate-shop";
import { createBrand } from "@/server/distribution";
import {
  createEvent,
  editEvent,
  eventDetailsInput,
  publishEvent,
  roleFlags,
  variantInput,
} from "@/server/offering";
import {
  addDrawToPool,
  addVariant,
  changeBundle,
  createPromoOnEvent,
  createBundle,
  createPoolWithDraws,
  createProduct,
  editProduct,
  editVariant,
  markDelivered,
  newVariantInput,
  newPoolInput,
  pickedDrawInput,
  recordReturn,
  refundItemsInput,
  refundOrderItems,
  resendTickets,
  shipOrderItems,
} from "@/server/workflows";
import { formatMoney } from "@/components/format";
import { cancelOrder, refundPolicyInput, setRefundPolicy } from "@/server/checkout";
import { itemsInput, shipInput } from "@/server/fulfillment";
import { field, ids, rows } from "./_lib/form";
import { clock } from "@/server/platform/clock";
import { actorOf } from "./_lib/guard";
import { brandAction, idArg, slugArg, userAction } from "./_lib/action";
import type { FormState } from "@/components/action-form";

const inBrand = z.tuple([slugArg]);
const inEvent = z.tuple([slugArg, idArg]);
const onOrder = inEvent;

export const createBrandAction = userAction(
  {
    args: z.tuple([]),
    form: z.object({ name: field(80), slug: field(64), primaryColor: field(7).optional() }),
  },
  async (user, _args, form) => {
    const { slug } = await createBrand(actorOf(user), { ...form, primaryColor: form.primaryColor ?? "" });
    redirect(`/studio/${slug}`);
  },
);

export const createEventAction = brandAction(
  { args: inBrand, form: eventDetailsInput, permission: "catalog:write" },
  async (m, [slug], form) => {
    const event = await createEvent(actorOf(m.user), m.brand.id, form);
    redirect(`/studio/${slug}/events/${event.id}`);
  },
);

export const editEventAction = brandAction(
  { args: inEvent, form: eventDetailsInput, permission: "catalog:write" },
  async (m, [slug, eventId], form) => {
    await editEvent(actorOf(m.user), m.brand.id, eventId, form);
    return done(slug, eventId, "Saved.");
  },
);

export const publishEventAction = brandAction(
  { args: inEvent, permission: "catalog:write" },
  async (m, [slug, eventId]) => {
    await publishEvent(actorOf(m.user), m.brand.id, eventId, clock.now());
    revalidatePath(`/studio/${slug}/events/${eventId}`);
    revalidateShop();
    return { ok: "Published: the event is on sale in your shop." };
  },
);

function done(brandSlug: string, eventId: string, ok: string): FormState {
  revalidatePath(`/studio/${brandSlug}/events/${eventId}`);
  revalidateShop();
  return { ok, at: Date.now() };
}

const phaseRows = rows({
  name: field(60).optional(),
  price: field(20).optional(),
  endsAt: field(20).optional(),
  endsAfterSold: field(12).optional(),
});
const NO_PHASE = [{ name: "", price: "", endsAt: "", endsAfterSold: "" }];
/** What every product form has (create and edit). */
const productDetails = {
  name: field(80),
  description: field(2000).optional(),
  taxRate: field(12).optional(),
  visibility: field(20).optional(),
  minPerOrder: field(6).optional(),
  maxPerOrder: field(6).optional(),
  salesStart: field(20).optional(),
  salesEnd: field(20).optional(),
  channels: ids(3),
  phases: phaseRows,
};

const productForm = z.object({
  ...productDetails,
  kind: field(10),
  capacity: field(12).optional(),
  poolId: field(64).optional(),
  requiresProductIds: ids(20),
  variants: rows({ name: field(40).optional(), sku: field(40).optional(), stock: field(12).optional() }),
});

/**
 * A ticket or an add-on (its own capacity and/or a shared pool), or merch (variants with their
 * stock), with its price phases.
 */
export const addProductAction = brandAction(
  { args: inEvent, form: productForm, permission: "catalog:write" },
  async (m, [slug, eventId], form) => {
    const variants = (form.variants ?? []).map((v) => ({
      name: v.name ?? "",
      sku: v.sku ?? "",
      stock: v.stock ?? "",
    }));
    await createProduct(actorOf(m.user), m.brand, eventId, {
      ...form,
      variants: form.kind === "merch" ? variants : [],
      phases: form.phases?.length ? form.phases : NO_PHASE,
    });
    return done(slug, eventId, `Added “${form.name}”.`);
  },
);

/** Edit a product's details and price phases (a form without phases leaves them as they are). */
export const editProductAction = brandAction(
  {
    args: z.tuple([slugArg, idArg, idArg]),
    form: z.object(productDetails).partial({ name: true }),
    permission: "catalog:write",
  },
  async (m, [slug, eventId, productId], form) => {
    await editProduct(actorOf(m.user), m.brand, eventId, productId, form);
    revalidatePath(`/studio/${slug}/events/${eventId}/products/${productId}`);
    return done(slug, eventId, "Saved.");
  },
);

const bundleForm = z.object({
  name: field(80).optional(),
  description: field(2000).optional(),
  maxPerOrder: field(6).optional(),
  capacity: field(12).optional(),
  channels: ids(3),
  components: rows({
    key: field(140).optional(),
    variantIds: ids(30),
    quantity: field(6).optional(),
    role: field(10).optional(),
    group: field(40).optional(),
    price: field(20).optional(),
  }),
  pricing: z.object({
    mode: field(10).optional(),
    discountKind: field(10).optional(),
    discountValue: field(20).optional(),
    phases: phaseRows,
  }),
});

/** "<productId>:<variantId>" from a product picker. */
function partOf(key: string) {
  const [productId = "", variantId] = key.split(":");
  return { productId, variantId: variantId || null };
}

/**
 * The form's component rows as the workflow takes them (a row without a product is skipped
 * there, so problems keep their row): a product, the variants ticked (several: the fan picks
 * one, named by the row's choice name), and one in-bundle price per row.
 */
function bundleRows(form: z.output<typeof bundleForm>) {
  const parts = form.components ?? [];
  const components = parts.map((r) => ({
    ...partOf(r.key ?? ""),
    variantIds: r.variantIds,
    quantity: r.quantity,
    ...roleFlags(r.role, r.group),
  }));
  const { phases, ...pricing } = form.pricing;
  return {
    components,
    pricing: {
      ...pricing,
      overrides: parts.map((r) => r.price ?? ""),
      phases: phases?.length ? phases : undefined,
    },
  };
}

/** Change a bundle's components and pricing. */
export const changeBundleAction = brandAction(
  { args: z.tuple([slugArg, idArg, idArg]), form: bundleForm, permission: "catalog:write" },
  async (m, [slug, eventId, bundleId], form) => {
    await changeBundle(actorOf(m.user), m.brand, eventId, bundleId, bundleRows(form));
    revalidatePath(`/studio/${slug}/events/${eventId}/products/${bundleId}`);
    return done(slug, eventId, "Saved.");
  },
);

/** A bundle: its components (optional ones, choose-one groups) and how it is priced. */
export const addBundleAction = brandAction(
  { args: inEvent, form: bundleForm, permission: "catalog:write" },
  async (m, [slug, eventId], form) => {
    await createBundle(actorOf(m.user), m.brand, eventId, { ...form, ...bundleRows(form) });
    return done(slug, eventId, `Added the bundle “${form.name ?? ""}”.`);
  },
);

/** A shared pool, with the products (or variants) that draw from it. */
export const addPoolAction = brandAction(
  { args: inEvent, form: newPoolInput, permission: "catalog:write" },
  async (m, [slug, eventId], { draws, ...pool }) => {
    await createPoolWithDraws(actorOf(m.user), m.brand.id, pool, draws);
    return done(slug, eventId, `Added the pool “${pool.name}”.`);
  },
);

export const addDrawAction = brandAction(
  { args: z.tuple([slugArg, idArg, idArg]), form: pickedDrawInput, permission: "catalog:write" },
  async (m, [slug, eventId, poolId], form) => {
    await addDrawToPool(actorOf(m.user), m.brand.id, poolId, form);
    return done(slug, eventId, "Added.");
  },
);

const promoForm = z.object({
  code: field(40),
  kind: field(10).optional(),
  value: field(20).optional(),
  scope: field(10).optional(),
  maxUses: field(12).optional(),
  maxPerOrder: field(6).optional(),
  validFrom: field(20).optional(),
  validUntil: field(20).optional(),
  productIds: ids(),
  unlocksProductIds: ids(),
  reach: field(10).optional(),
  eventIds: ids(),
});

export const addPromoAction = brandAction(
  { args: inEvent, form: promoForm, permission: "catalog:write" },
  async (m, [slug, eventId], form) => {
    await createPromoOnEvent(actorOf(m.user), m.brand.id, eventId, form);
    return done(slug, eventId, `Created the code ${form.code.toUpperCase()}.`);
  },
);

export const addVariantAction = brandAction(
  { args: z.tuple([slugArg, idArg, idArg]), form: newVariantInput, permission: "catalog:write" },
  async (m, [slug, eventId, productId], form) => {
    await addVariant(actorOf(m.user), m.brand, eventId, productId, form);
    revalidatePath(`/studio/${slug}/events/${eventId}/products/${productId}`);
    return done(slug, eventId, `Added ${form.name}.`);
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
    revalidatePath(`/studio/${slug}/events/${eventId}/products/${productId}`);
    return done(slug, eventId, "Saved.");
  },
);

export const cancelOrderAction = brandAction(
  { args: onOrder, permission: "orders:write" },
  async (m, [slug, orderId]) => {
    await cancelOrder(actorOf(m.user), m.brand.id, orderId, clock.now());
    revalidatePath(`/studio/${slug}/orders/${orderId}`);
    return { ok: "Cancelled. The units are back on sale." };
  },
);

const orderPaths = (brandSlug: string, orderId: string) => {
  revalidatePath(`/studio/${brandSlug}/orders/${orderId}`);
  revalidatePath(`/studio/${brandSlug}/shipping`);
};
export const refundItemsAction = brandAction(
  { args: onOrder, form: refundItemsInput, permission: "orders:write" },
  async (m, [slug, orderId], form) => {
    const r = await refundOrderItems(actorOf(m.user), m.brand.id, orderId, form, "organizer", clock.now());
    const fee = r.fee ? ` (kept a fee of ${formatMoney(r.fee, r.currency)})` : "";
    const pending = r.settled
      ? ""
      : " The payment provider has not confirmed it yet; it is retried automatically.";
    orderPaths(slug, orderId);
    return { ok: `Refunded ${formatMoney(r.amount, r.currency)}${fee}.${pending}` };
  },
);

export const shipItemsAction = brandAction(
  { args: onOrder, form: shipInput, permission: "orders:write" },
  async (m, [slug, orderId], form) => {
    await shipOrderItems(actorOf(m.user), m.brand.id, orderId, form, clock.now());
    orderPaths(slug, orderId);
    return { ok: "Marked shipped. The fan has been e-mailed the tracking number." };
  },
);

export const markDeliveredAction = brandAction(
  { args: z.tuple([slugArg, idArg, idArg]), permission: "orders:write" },
  async (m, [slug, orderId, shipmentId]) => {
    await markDelivered(actorOf(m.user), m.brand.id, shipmentId, clock.now());
    orderPaths(slug, orderId);
    return { ok: "Marked delivered." };
  },
);

export const recordReturnAction = brandAction(
  { args: onOrder, form: itemsInput, permission: "orders:write" },
  async (m, [slug, orderId], form) => {
    await recordReturn(actorOf(m.user), m.brand.id, orderId, form);
    orderPaths(slug, orderId);
    return { ok: "Return recorded. The items can now be refunded." };
  },
);

export const setRefundPolicyAction = brandAction(
  { args: inBrand, form: refundPolicyInput, permission: "orders:write" },
  async (m, [slug], form) => {
    await setRefundPolicy(m.brand.id, form);
    revalidatePath(`/studio/${slug}/settings`);
    return { ok: "Saved. Fans see the new policy on their order page." };
  },
);

export const resendTicketsAction = brandAction(
  { args: onOrder, permission: "orders:write" },
  async (m, [, orderId]) => {
    const { to } = await resendTickets(actorOf(m.user), m.brand.id, orderId, clock.now());
    return { ok: `Sent again to ${to}.` };
  },
);
