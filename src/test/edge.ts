// The shop's purchase workflows as its router hands them over, for tests that drive a workflow
// directly: the input is read with the schema the router declares (api/routers/shop.router.ts),
// and a refusal there is the Invalid error, at its field, that a client of the router sees. Any
// value goes in, as from a client.
import { z } from "zod";
import { invalid, invalidAll } from "@/server/platform/errors";
import type { Actor } from "@/server/platform/metadata";
import * as checkout from "@/server/checkout";
import * as workflows from "@/server/workflows";
import * as fulfillment from "@/server/fulfillment";
import * as inventory from "@/server/inventory";

function atTheEdge<S extends z.ZodType>(schema: S, raw: unknown): z.output<S> {
  const r = schema.safeParse(raw);
  if (!r.success) throw invalid(r.error.issues[0]!.message, { field: r.error.issues[0]!.path.join(".") });
  return r.data;
}

export const placeOrderFlow = async (raw: unknown) =>
  workflows.placeOrderFlow(atTheEdge(checkout.placeOrderInput, raw));

export const updateCart = async (cartId: string | null, raw: unknown) =>
  workflows.updateCart(cartId, atTheEdge(workflows.updateCartInput, raw));

export const checkoutCart = async (cartId: string | null, raw: unknown) =>
  workflows.checkoutCart(cartId, atTheEdge(workflows.checkoutCartInput, raw));

// ---------- the Studio's commands as its forms hand them over ----------
// A Studio action reads its form with the context's schema (readForm): every problem at once,
// each at its field — here as the Invalid error the action turns into the form's messages.

function inStudio<S extends z.ZodType>(schema: S, raw: unknown): z.output<S> {
  const r = schema.safeParse(raw);
  if (!r.success)
    throw invalidAll(r.error.issues.map((i) => ({ field: i.path.join("."), message: i.message })));
  return r.data;
}

export const shipOrderItems = async (
  actor: Actor,
  brandId: string,
  orderId: string,
  raw: unknown,
  now: Date,
) => workflows.shipOrderItems(actor, brandId, orderId, inStudio(fulfillment.shipInput, raw), now);

export const recordReturn = async (actor: Actor, brandId: string, orderId: string, raw: unknown) =>
  workflows.recordReturn(actor, brandId, orderId, inStudio(fulfillment.itemsInput, raw));

export const refundOrderItems = async (
  actor: Actor,
  brandId: string,
  orderId: string,
  raw: unknown,
  by: "organizer" | "fan",
  now: Date,
) => workflows.refundOrderItems(actor, brandId, orderId, inStudio(workflows.refundItemsInput, raw), by, now);

export const setRefundPolicy = async (brandId: string, raw: unknown) =>
  checkout.setRefundPolicy(brandId, inStudio(checkout.refundPolicyInput, raw));

export const createPoolWithDraws = async (
  actor: Actor,
  brandId: string,
  pool: unknown,
  draws: { productId: string; variantId: string | null; units: unknown }[],
) =>
  workflows.createPoolWithDraws(
    actor,
    brandId,
    inStudio(inventory.poolInput, pool),
    inStudio(z.array(inventory.drawInput), draws),
  );

/** The box office's form as a test writes it: the buyer together, every line bought. */
export const sellAtBoxOffice = async (
  actor: Actor & { kind: "user" },
  raw: {
    brandSlug: string;
    eventId: string;
    lines: unknown;
    buyer: { name: string; email: string };
    method?: unknown;
  },
) =>
  workflows.sellAtBoxOffice(
    actor,
    { brandSlug: raw.brandSlug, eventId: raw.eventId },
    inStudio(checkout.boxOfficeSaleInput, { lines: raw.lines, method: raw.method, ...raw.buyer }),
  );

type Brand = { id: string; currency: string };

/**
 * A new product as the Studio's form hands it over, in a test's shorthand: one `price` for a
 * single phase, `stock[i]` for variant i's stock.
 */
export const createProduct = async (
  actor: Actor,
  brand: Brand,
  eventId: string,
  raw: Record<string, unknown> & { stock?: unknown[] },
) => {
  const { price, stock, phases, variants, ...rest } = raw;
  const rows = Array.isArray(variants)
    ? variants.map((v: Record<string, unknown>, i) => ({ ...v, stock: v.stock ?? stock?.[i] }))
    : undefined;
  const form = { ...rest, variants: rows, phases: phases ?? [{ price }] };
  return workflows.createProduct(actor, brand, eventId, inStudio(workflows.newProductInput, form));
};

/** The bundle forms as a test writes them: rows of parts (each with its in-bundle `price`). */
export const createBundle = async (
  actor: Actor,
  brand: Brand,
  eventId: string,
  raw: Record<string, unknown>,
) => workflows.createBundle(actor, brand, eventId, inStudio(workflows.newBundleInput, raw));

export const changeBundle = async (
  actor: Actor,
  brand: Brand,
  eventId: string,
  bundleId: string,
  raw: Record<string, unknown>,
) => workflows.changeBundle(actor, brand, eventId, bundleId, inStudio(workflows.bundleChangeInput, raw));
