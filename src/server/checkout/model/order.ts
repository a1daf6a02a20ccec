// Pure order rules: what a fan may place, and how payment moves an order.
import { z } from "zod";
import { DomainError } from "@/server/platform/errors";
import type { OrderCancelled, OrderPaid } from "../events";

/** Every state an order can be in (the Studio filters by them; labels.ts words them). */
export const ORDER_STATUSES = [
  "pending",
  "paid",
  "fulfilled",
  "partially_fulfilled",
  "expired",
  "cancelled",
  "refunded",
  "partially_refunded",
] as const;
export type OrderStatus = (typeof ORDER_STATUSES)[number];

export const addressInput = z.object({
  line1: z.string().trim().min(1, "Enter the street and number").max(120, "That line is too long"),
  line2: z
    .string()
    .trim()
    .max(120, "That line is too long")
    .nullish()
    .transform((v) => v || null),
  postalCode: z.string().trim().min(2, "Enter the postal code").max(16, "That postal code is too long"),
  city: z.string().trim().min(1, "Enter the city").max(80, "That city name is too long"),
  country: z.string().trim().min(2, "Enter the country").max(60, "That country name is too long"),
});
export type ShippingAddress = z.output<typeof addressInput>;

export const buyerInput = z.object({
  name: z.string().trim().min(1, "Enter your name").max(100, "That name is too long"),
  email: z.string().trim().toLowerCase().max(200).email("Enter a valid e-mail address, like you@example.com"),
  /** Only asked for, and required, when the order ships something. */
  address: addressInput.nullish().transform((v) => v ?? null),
  /**
   * One name per ticket, in the order of the cart, where the event asks for them (checkout checks the count).
   */
  attendees: z
    .array(z.string().trim().max(100, "That name is too long"))
    .max(200)
    .nullish()
    .transform((v) => v ?? []),
});

export type BuyerInput = z.output<typeof buyerInput>;

/**
 * The checkout form's shape, as the edge reads it: text where text belongs, nothing required.
 * What each field must hold is `buyerInput`, read by `readBuyer` once the cart says what to ask,
 * so that the fan hears of every problem at once.
 */
export const buyerForm = z.object({
  name: z.string().optional(),
  email: z.string().optional(),
  address: z
    .object({
      line1: z.string().optional(),
      line2: z.string().nullish(),
      postalCode: z.string().optional(),
      city: z.string().optional(),
      country: z.string().optional(),
    })
    .nullish(),
  attendees: z.array(z.string()).nullish(),
});
export type BuyerForm = z.output<typeof buyerForm>;

/** Where each checkout field sits in the form, top to bottom: the first problem is the one focused. */
const FORM_ORDER = ["buyer.name", "buyer.email", "buyer.attendees", "buyer.address"];
const ADDRESS_ORDER = Object.keys(addressInput.shape);
function formPosition(field: string): number[] {
  const group = FORM_ORDER.findIndex((f) => field === f || field.startsWith(`${f}.`));
  const rest = field.split(".")[2] ?? "";
  const within = group === 3 ? ADDRESS_ORDER.indexOf(rest) : Number(rest) || 0;
  return [group === -1 ? FORM_ORDER.length : group, within];
}

/**
 * What the fan typed at checkout — or one Invalid error carrying every problem with it at once,
 * each at its field (`details.fields`: "buyer.name" → "Enter your name") in the order of the form;
 * the first is also the error's message and `details.field`. `tickets` names each ticket that
 * needs an attendee name (none when the event does not ask); `ships` makes the address required.
 */
export function readBuyer(form: BuyerForm, need: { ships: boolean; tickets: readonly string[] }): BuyerInput {
  const parsed = buyerInput.safeParse(form);
  const problems = new Map<string, string>();
  for (const issue of parsed.error?.issues ?? []) {
    const field = ["buyer", ...issue.path].join(".");
    if (!problems.has(field)) problems.set(field, issue.message);
  }
  if (need.ships && !form.address)
    problems.set("buyer.address.line1", "Enter the shipping address for your merch.");
  const names = form.attendees ?? [];
  need.tickets.forEach((label, i) => {
    if (!names[i]?.trim() && !problems.has(`buyer.attendees.${i}`))
      problems.set(`buyer.attendees.${i}`, `Enter the name for ticket ${i + 1} (${label})`);
  });
  if (parsed.success && problems.size === 0) return parsed.data;
  const ordered = [...problems].sort(([a], [b]) => {
    const [pa, pb] = [formPosition(a), formPosition(b)];
    return pa[0]! - pb[0]! || pa[1]! - pb[1]!;
  });
  const [field, message] = ordered[0]!;
  throw new DomainError("Invalid", message, { field, fields: Object.fromEntries(ordered) });
}

/** Whether an order's lines ship anything (merch, also inside a bundle). */
export function shipsSomething(
  lines: readonly { kind: string; components?: readonly { kind: string }[] | null }[],
): boolean {
  return lines.some(
    (l) =>
      l.kind === "merch" || (l.kind === "bundle" && (l.components ?? []).some((c) => c.kind === "merch")),
  );
}

/** Admissions an order's lines hold: ticket lines, and the tickets inside each unit of a bundle line. */
export function admissionsIn(
  lines: readonly {
    kind: string;
    quantity: number;
    components?: readonly { kind: string; quantity: number }[] | null;
  }[],
): number {
  const ticketsPerUnit = (l: (typeof lines)[number]) =>
    l.kind === "ticket"
      ? 1
      : l.kind === "bundle"
        ? (l.components ?? []).filter((c) => c.kind === "ticket").reduce((n, c) => n + c.quantity, 0)
        : 0;
  return lines.reduce((n, l) => n + l.quantity * ticketsPerUnit(l), 0);
}

export const MAX_TICKETS_PER_ORDER = 50;
const id = z.string().min(1).max(64);
/** The fan's choices inside a bundle: optional components ticked, one component per choose-one group. */
const selectionInput = z.object({
  optional: z.array(id).max(30).default([]),
  choices: z.record(z.string().max(40), id).default({}),
});

export const lineInput = z.object({
  productId: id,
  variantId: id.nullish().transform((v) => v ?? null),
  quantity: z.coerce
    .number({ message: "Choose a quantity" })
    .int("Choose a whole number")
    .min(1, "Choose at least 1")
    .max(MAX_TICKETS_PER_ORDER, `At most ${MAX_TICKETS_PER_ORDER} per order`),
  selection: selectionInput.optional(),
});

export const placeOrderInput = z.object({
  brandSlug: z.string().min(1).max(60),
  eventId: id,
  buyer: buyerInput,
  lines: z
    .array(lineInput)
    .min(1, "Choose at least one ticket")
    .max(20, "At most 20 different items per order"),
  promoCode: z
    .string()
    .trim()
    .max(40)
    .nullish()
    .transform((v) => v || null),
});
export type PlaceOrderInput = z.output<typeof placeOrderInput>;

/**
 * ConfirmPayment: the first success pays a pending order (OrderPaid, with what the order says);
 * any later confirmation decides nothing.
 */
export function decideConfirmPayment(status: OrderStatus, paid: OrderPaid["payload"]): [OrderPaid] | [] {
  // Money arrived: never lose a paid order (issue 4 decides re-hold vs refund).
  const payable = status === "pending" || status === "cancelled" || status === "expired";
  return payable ? [{ type: "OrderPaid", payload: paid }] : [];
}

/** CancelOrder: only a pending order can be cancelled (OrderCancelled); any other is a Conflict. */
export function decideCancel(status: OrderStatus, cancelled: OrderCancelled["payload"]): [OrderCancelled] {
  if (status !== "pending")
    throw new DomainError("Conflict", `Only a pending order can be cancelled; this one is ${status}.`);
  return [{ type: "OrderCancelled", payload: cancelled }];
}
