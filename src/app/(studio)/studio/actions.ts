"use server";
// Studio forms submit here. Each action: validate (inside the command, with zod) → check who is
// asking and for which brand → call one command → map the answer to a form state or a redirect.
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { revalidateShop } from "./_lib/revalidate-shop";
import { currentUser } from "@/server/platform/auth";
import { createBrand } from "@/server/distribution";
import { createEvent, editEvent, publishEvent } from "@/server/offering";
import { addDrawToPool, addVariant, changeBundle, createBundle, createPoolWithDraws, createProduct, editProduct, editVariant, markDelivered, recordReturn, refundOrderItems, resendTickets, shipOrderItems } from "@/server/workflows";
import { formatMoney } from "@/components/format";
import { createPromo } from "@/server/pricing";
import { cancelOrder, setRefundPolicy } from "@/server/checkout";
import { catalogOfBrand, studioEvent, zonedLocalToInstant } from "@/server/offering";
import { compactRows, formToObject } from "./_lib/form";
import { clock } from "@/server/platform/clock";
import { actorOf } from "./_lib/guard";
import { member, toFormState } from "./_lib/action";
import type { FormState } from "@/components/action-form";

const text = (fd: FormData, name: string) => String(fd.get(name) ?? "");

export async function createBrandAction(_: FormState, fd: FormData): Promise<FormState> {
  const user = await currentUser();
  if (!user) redirect("/studio/sign-in");
  let slug: string;
  try {
    slug = (await createBrand(actorOf(user), { name: text(fd, "name"), slug: text(fd, "slug"), primaryColor: text(fd, "primaryColor") })).slug;
  } catch (e) {
    return toFormState(e);
  }
  redirect(`/studio/${slug}`);
}

export async function createEventAction(brandSlug: string, _: FormState, fd: FormData): Promise<FormState> {
  let target: string;
  try {
    const m = await member(brandSlug, "catalog:write");
    const event = await createEvent(actorOf(m.user), m.brand.id, {
      name: text(fd, "name"), venue: text(fd, "venue"), description: text(fd, "description"), timeZone: text(fd, "timeZone"), startsAt: text(fd, "startsAt"), endsAt: text(fd, "endsAt"), askAttendeeNames: fd.get("askAttendeeNames") === "on",
    });
    target = `/studio/${brandSlug}/events/${event.id}`;
  } catch (e) {
    return toFormState(e);
  }
  redirect(target);
}

export async function editEventAction(brandSlug: string, eventId: string, _: FormState, fd: FormData): Promise<FormState> {
  try {
    const m = await member(brandSlug, "catalog:write");
    await editEvent(actorOf(m.user), m.brand.id, eventId, {
      name: text(fd, "name"), venue: text(fd, "venue"), description: text(fd, "description"), timeZone: text(fd, "timeZone"), startsAt: text(fd, "startsAt"), endsAt: text(fd, "endsAt"), askAttendeeNames: fd.get("askAttendeeNames") === "on",
    });
  } catch (e) {
    return toFormState(e);
  }
  return done(brandSlug, eventId, "Saved.");
}

export async function publishEventAction(brandSlug: string, eventId: string, _: FormState, _fd: FormData): Promise<FormState> {
  try {
    const m = await member(brandSlug, "catalog:write");
    await publishEvent(actorOf(m.user), m.brand.id, eventId, clock.now());
  } catch (e) {
    return toFormState(e);
  }
  revalidatePath(`/studio/${brandSlug}/events/${eventId}`);
  revalidateShop();
  return { ok: "Published: the event is on sale in your shop." };
}

const list = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : typeof v === "string" && v ? [v] : []);

function done(brandSlug: string, eventId: string, ok: string): FormState {
  revalidatePath(`/studio/${brandSlug}/events/${eventId}`);
  revalidateShop();
  return { ok, at: Date.now() };
}

/** A ticket, merch (with variants and stock per variant) or an add-on, with its price phases. */
export async function addProductAction(brandSlug: string, eventId: string, _: FormState, fd: FormData): Promise<FormState> {
  const form = formToObject(fd);
  try {
    const m = await member(brandSlug, "catalog:write");
    const variants = compactRows<{ name?: string; sku?: string; stock?: string }>(form.variants, (r) => !!(r.name || r.sku || r.stock));
    const phases = compactRows<{ name?: string; price?: string; endsAt?: string; endsAfterSold?: string }>(form.phases, (r) => !!(r.name || r.price || r.endsAt || r.endsAfterSold));
    await createProduct(actorOf(m.user), m.brand, eventId, {
      ...form,
      requiresProductIds: list(form.requiresProductIds),
      variants: form.kind === "merch" ? variants.map((v) => ({ name: v.name ?? "", sku: v.sku ?? "" })) : [],
      stock: variants.map((v) => v.stock ?? ""),
      phases: phases.length ? phases : [{ name: "", price: "", endsAt: "", endsAfterSold: "" }],
    });
  } catch (e) {
    return toFormState(e);
  }
  return done(brandSlug, eventId, `Added “${text(fd, "name")}”.`);
}

/** Edit a product's details and price phases. */
export async function editProductAction(brandSlug: string, eventId: string, productId: string, _: FormState, fd: FormData): Promise<FormState> {
  const form = formToObject(fd);
  try {
    const m = await member(brandSlug, "catalog:write");
    const phases = compactRows<{ name?: string; price?: string; endsAt?: string; endsAfterSold?: string }>(form.phases, (r) => !!(r.name || r.price || r.endsAt || r.endsAfterSold));
    await editProduct(actorOf(m.user), m.brand, eventId, productId, { ...form, phases: form.phases === undefined ? undefined : phases });
  } catch (e) {
    return toFormState(e);
  }
  revalidatePath(`/studio/${brandSlug}/events/${eventId}/products/${productId}`);
  return done(brandSlug, eventId, "Saved.");
}

function bundleRows(form: Record<string, unknown>) {
  const rows = compactRows<{ key?: string; quantity?: string; role?: string; group?: string; price?: string }>(form.components, (r) => !!r.key).map((r) => {
    const [productId = "", variantId] = (r.key ?? "").split(":");
    return { ...r, productId, variantId: variantId || null };
  });
  const pricing = (form.pricing ?? {}) as Record<string, unknown>;
  const phases = compactRows<{ name?: string; price?: string; endsAt?: string; endsAfterSold?: string }>(pricing.phases, (r) => !!(r.name || r.price || r.endsAt || r.endsAfterSold));
  return {
    components: rows.map((r) => ({ productId: r.productId, variantId: r.variantId, quantity: r.quantity, optional: r.role === "optional", group: r.role === "choice" ? r.group || "option" : null })),
    pricing: { ...pricing, overrides: rows.map((r) => r.price ?? ""), phases: phases.length ? phases : undefined },
  };
}

/** Change a bundle's components and pricing. */
export async function changeBundleAction(brandSlug: string, eventId: string, bundleId: string, _: FormState, fd: FormData): Promise<FormState> {
  try {
    const m = await member(brandSlug, "catalog:write");
    await changeBundle(actorOf(m.user), m.brand, eventId, bundleId, bundleRows(formToObject(fd)));
  } catch (e) {
    return toFormState(e);
  }
  revalidatePath(`/studio/${brandSlug}/events/${eventId}/products/${bundleId}`);
  return done(brandSlug, eventId, "Saved.");
}

/** A bundle: its components (optional ones, choose-one groups) and how it is priced. */
export async function addBundleAction(brandSlug: string, eventId: string, _: FormState, fd: FormData): Promise<FormState> {
  const form = formToObject(fd);
  try {
    const m = await member(brandSlug, "catalog:write");
    await createBundle(actorOf(m.user), m.brand, eventId, { ...form, ...bundleRows(form) });
  } catch (e) {
    return toFormState(e);
  }
  return done(brandSlug, eventId, `Added the bundle “${text(fd, "name")}”.`);
}

/** A shared pool, with the products (or variants) that draw from it. */
export async function addPoolAction(brandSlug: string, eventId: string, _: FormState, fd: FormData): Promise<FormState> {
  const form = formToObject(fd);
  try {
    const m = await member(brandSlug, "catalog:write");
    const draws = compactRows<{ key?: string; units?: string }>(form.draws, (r) => !!r.key).map((r) => {
      const [productId = "", variantId] = (r.key ?? "").split(":");
      return { productId, variantId: variantId || null, units: r.units || "1" };
    });
    await createPoolWithDraws(actorOf(m.user), m.brand.id, { name: form.name, capacity: form.capacity }, draws);
  } catch (e) {
    return toFormState(e);
  }
  return done(brandSlug, eventId, `Added the pool “${text(fd, "name")}”.`);
}

export async function addDrawAction(brandSlug: string, eventId: string, poolId: string, _: FormState, fd: FormData): Promise<FormState> {
  try {
    const m = await member(brandSlug, "catalog:write");
    const [productId = "", variantId] = text(fd, "key").split(":");
    await addDrawToPool(actorOf(m.user), m.brand.id, poolId, { productId, variantId: variantId || null, units: text(fd, "units") || "1" });
  } catch (e) {
    return toFormState(e);
  }
  return done(brandSlug, eventId, "Added.");
}

export async function addPromoAction(brandSlug: string, eventId: string, _: FormState, fd: FormData): Promise<FormState> {
  const form = formToObject(fd);
  try {
    const m = await member(brandSlug, "catalog:write");
    const event = await studioEvent(m.brand.id, eventId);
    const known = new Set((await catalogOfBrand(m.brand.id)).map((p) => p.id));
    const instant = (v: unknown, field: string) => {
      if (!v) return null;
      const d = zonedLocalToInstant(String(v), event.timeZone);
      if (!d) throw Object.assign(new Error("bad date"), { field });
      return d;
    };
    await createPromo(actorOf(m.user), m.brand.id, { ...form, productIds: list(form.productIds), unlocksProductIds: list(form.unlocksProductIds), validFrom: instant(form.validFrom, "validFrom"), validUntil: instant(form.validUntil, "validUntil") }, known);
  } catch (e) {
    if (e instanceof Error && "field" in e) return { error: "Not a date and time", field: String((e as { field: string }).field) };
    return toFormState(e);
  }
  return done(brandSlug, eventId, `Created the code ${text(fd, "code").toUpperCase()}.`);
}

export async function addVariantAction(brandSlug: string, eventId: string, productId: string, _: FormState, fd: FormData): Promise<FormState> {
  try {
    const m = await member(brandSlug, "catalog:write");
    await addVariant(actorOf(m.user), m.brand, eventId, productId, { name: text(fd, "name"), sku: text(fd, "sku"), stock: text(fd, "stock") });
  } catch (e) {
    return toFormState(e);
  }
  revalidatePath(`/studio/${brandSlug}/events/${eventId}/products/${productId}`);
  return done(brandSlug, eventId, `Added ${text(fd, "name")}.`);
}

export async function editVariantAction(brandSlug: string, eventId: string, productId: string, variantId: string, _: FormState, fd: FormData): Promise<FormState> {
  try {
    const m = await member(brandSlug, "catalog:write");
    await editVariant(actorOf(m.user), m.brand, eventId, productId, variantId, { name: text(fd, "name"), sku: text(fd, "sku") });
  } catch (e) {
    return toFormState(e);
  }
  revalidatePath(`/studio/${brandSlug}/events/${eventId}/products/${productId}`);
  return done(brandSlug, eventId, "Saved.");
}

export async function cancelOrderAction(brandSlug: string, orderId: string, _: FormState, _fd: FormData): Promise<FormState> {
  try {
    const m = await member(brandSlug, "orders:write");
    await cancelOrder(actorOf(m.user), m.brand.id, orderId, clock.now());
  } catch (e) {
    return toFormState(e);
  }
  revalidatePath(`/studio/${brandSlug}/orders/${orderId}`);
  return { ok: "Cancelled. The units are back on sale." };
}

const itemIds = (fd: FormData) => fd.getAll("itemIds").map(String);
const orderPaths = (brandSlug: string, orderId: string) => {
  revalidatePath(`/studio/${brandSlug}/orders/${orderId}`);
  revalidatePath(`/studio/${brandSlug}/shipping`);
};

export async function refundItemsAction(brandSlug: string, orderId: string, _: FormState, fd: FormData): Promise<FormState> {
  let message: string;
  try {
    const m = await member(brandSlug, "orders:write");
    const r = await refundOrderItems(actorOf(m.user), m.brand.id, orderId, { itemIds: itemIds(fd), reason: text(fd, "reason"), keepFee: fd.get("keepFee") === "on" }, "organizer", clock.now());
    message = `Refunded ${formatMoney(r.amount, r.currency)}${r.fee ? ` (kept a fee of ${formatMoney(r.fee, r.currency)})` : ""}.${r.settled ? "" : " The payment provider has not confirmed it yet; it is retried automatically."}`;
  } catch (e) {
    return toFormState(e);
  }
  orderPaths(brandSlug, orderId);
  return { ok: message };
}

export async function shipItemsAction(brandSlug: string, orderId: string, _: FormState, fd: FormData): Promise<FormState> {
  try {
    const m = await member(brandSlug, "orders:write");
    await shipOrderItems(actorOf(m.user), m.brand.id, orderId, { itemIds: itemIds(fd), carrier: text(fd, "carrier"), trackingNumber: text(fd, "trackingNumber") }, clock.now());
  } catch (e) {
    return toFormState(e);
  }
  orderPaths(brandSlug, orderId);
  return { ok: "Marked shipped. The fan has been e-mailed the tracking number." };
}

export async function markDeliveredAction(brandSlug: string, orderId: string, shipmentId: string, _: FormState, _fd: FormData): Promise<FormState> {
  try {
    const m = await member(brandSlug, "orders:write");
    await markDelivered(actorOf(m.user), m.brand.id, shipmentId, clock.now());
  } catch (e) {
    return toFormState(e);
  }
  orderPaths(brandSlug, orderId);
  return { ok: "Marked delivered." };
}

export async function recordReturnAction(brandSlug: string, orderId: string, _: FormState, fd: FormData): Promise<FormState> {
  try {
    const m = await member(brandSlug, "orders:write");
    await recordReturn(actorOf(m.user), m.brand.id, orderId, { itemIds: itemIds(fd) });
  } catch (e) {
    return toFormState(e);
  }
  orderPaths(brandSlug, orderId);
  return { ok: "Return recorded. The items can now be refunded." };
}

export async function setRefundPolicyAction(brandSlug: string, _: FormState, fd: FormData): Promise<FormState> {
  try {
    const m = await member(brandSlug, "orders:write");
    await setRefundPolicy(m.brand.id, { fanRefunds: fd.get("fanRefunds") === "on", cutoffHours: text(fd, "cutoffHours"), feePercent: text(fd, "feePercent") || "0", feeFixed: text(fd, "feeFixed") || "0" });
  } catch (e) {
    return toFormState(e);
  }
  revalidatePath(`/studio/${brandSlug}/settings`);
  return { ok: "Saved. Fans see the new policy on their order page." };
}

export async function resendTicketsAction(brandSlug: string, orderId: string, _: FormState, _fd: FormData): Promise<FormState> {
  let to: string;
  try {
    const m = await member(brandSlug, "orders:write");
    ({ to } = await resendTickets(actorOf(m.user), m.brand.id, orderId, clock.now()));
  } catch (e) {
    return toFormState(e);
  }
  return { ok: `Sent again to ${to}.` };
}
