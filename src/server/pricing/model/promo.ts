// Promo codes: a percent or an amount off, on the whole cart, on some products or on bundles,
// valid for a time, a number of uses and a number of units per order, at the event it was made
// for (or chosen events, or every event of the brand).
import { z } from "zod";
import { DomainError } from "@/server/platform/errors";
import { zonedLocalToUtc } from "@/server/platform/time";
import { percentOf } from "./rates";

export type PromoScope = "cart" | "products" | "bundles";
/** Where a code may be used: every event of the brand ("brand-wide"), or only these events. */
export type PromoEvents = "brand" | string[];
export type PromoCode = {
  code: string;
  kind: "percent" | "amount";
  /** Basis points for "percent", minor units for "amount". */
  value: number;
  scope: PromoScope;
  productIds: string[];
  validFrom: Date | null;
  validUntil: Date | null;
  maxUses: number | null;
  maxPerOrder: number | null;
  /** Hidden products the code reveals in the shop; pricing ignores it. */
  unlocksProductIds: string[];
  events: PromoEvents;
};
export type PromoLine = {
  lineId: string;
  productId: string;
  kind: "ticket" | "merch" | "addon" | "bundle";
  quantity: number;
  unitPrice: number;
};
export type PromoLineDiscount = { lineId: string; discount: number };

const empty = (v: unknown) => v === "" || v === null || v === undefined;
/** "15", "15 %", "12,50" → a number; anything else is left for zod to refuse. */
const numberish = (v: unknown) => (typeof v === "string" ? v.replace(/[\s%]/g, "").replace(",", ".") : v);
const optionalDate = (message: string) =>
  z.preprocess((v) => (empty(v) ? null : v), z.coerce.date({ message }).nullable());
const optionalCount = (message: string) =>
  z.preprocess(
    (v) => (empty(v) ? null : numberish(v)),
    z.coerce.number({ message }).int(message).min(1, message).max(1_000_000, "That is too many").nullable(),
  );
/** Whole hundredths only: 12.5 % → 1250 bp, 12.50 € → 1250 minor units (currencies with cents). */
const hundredths = (v: number) =>
  Math.abs(v * 100 - Math.round(v * 100)) < 1e-6 ? Math.round(v * 100) : null;

/**
 * A code's validity as the organizer types it, in the event's time zone (blank: open-ended), as
 * instants; a time that is not one is a problem at its field.
 */
export function promoWindowIn(
  timeZone: string,
  typed: { validFrom?: string | null; validUntil?: string | null },
): { validFrom: Date | null; validUntil: Date | null; issues: { field: string; message: string }[] } {
  const issues: { field: string; message: string }[] = [];
  const instant = (v: string | null | undefined, field: string) => {
    if (!v) return null;
    const d = zonedLocalToUtc(v, timeZone);
    if (!d) issues.push({ field, message: "Not a date and time" });
    return d;
  };
  return {
    validFrom: instant(typed.validFrom, "validFrom"),
    validUntil: instant(typed.validUntil, "validUntil"),
    issues,
  };
}

/** What every way of typing a code shares: everything but its dates and the event it is made on. */
const promoFields = {
  code: z
    .string()
    .trim()
    .min(3, "A code has at least 3 characters")
    .max(32, "A code has at most 32 characters")
    .regex(/^[A-Za-z0-9-]+$/, "Use letters, digits and dashes only")
    .transform((s) => s.toUpperCase()),
  kind: z.enum(["percent", "amount"], { message: "Choose a percentage or an amount" }),
  value: z.preprocess(numberish, z.coerce.number({ message: "Enter a number" })),
  scope: z
    .enum(["cart", "products", "bundles"], { message: "Choose what the code applies to" })
    .default("cart"),
  productIds: z.array(z.string().max(64)).max(100).default([]),
  maxUses: optionalCount("Uses are a whole number of at least 1, or empty"),
  maxPerOrder: optionalCount("Units per order are a whole number of at least 1, or empty"),
  unlocksProductIds: z.array(z.string().max(64)).max(100).default([]),
  reach: z.enum(["event", "events", "brand"], { message: "Choose where the code is valid" }).default("event"),
  /** With reach "events": the other events it also applies to. */
  eventIds: z.array(z.string().max(64)).max(100).default([]),
};
type PromoFields = z.output<z.ZodObject<typeof promoFields>>;

/** Where and when a code is valid, as instants: the event it is made on, its dates. */
export type PromoPlace = { eventId?: string; validFrom: Date | null; validUntil: Date | null };
type Issue = { field: string; message: string };

/**
 * CreatePromoCode's rules between fields: a percentage from 1 to 100, an amount above 0, whole
 * hundredths, an end after the start, products for a "products" code, an event to be valid at.
 * The code, or every problem at its field.
 */
export function decidePromoCode(
  { reach, eventIds, ...v }: PromoFields,
  { eventId, validFrom, validUntil }: PromoPlace,
): { ok: true; promo: PromoCode } | { ok: false; issues: Issue[] } {
  const issues: Issue[] = [];
  const issue = (field: string, message: string) => issues.push({ field, message });
  const minor = hundredths(v.value);
  if (v.value < 0) issue("value", "A discount cannot be negative");
  else if (v.kind === "percent" && v.value < 1) issue("value", "Enter a percentage from 1 to 100");
  else if (v.kind === "percent" && v.value > 100) issue("value", "A discount cannot exceed 100 %");
  else if (v.kind === "amount" && v.value === 0) issue("value", "Enter an amount above 0");
  else if (v.kind === "amount" && v.value > 100_000) issue("value", "That amount is too high");
  else if (minor === null) issue("value", "Use at most two decimals");
  if (validFrom && validUntil && validUntil <= validFrom)
    issue("validUntil", "The code must end after it starts");
  if (v.scope === "products" && v.productIds.length === 0) issue("productIds", "Choose at least one product");
  const events = reach === "brand" ? "brand" : eventsOf(eventId, reach === "events" ? eventIds : []);
  if (events !== "brand" && events.length === 0) issue("eventIds", "Choose at least one event");
  if (issues.length > 0) return { ok: false, issues };
  const promo: PromoCode = {
    ...v,
    validFrom,
    validUntil,
    events,
    value: minor ?? 0,
    // Product ids only mean something for the "products" scope; stale ones from another scope are dropped.
    productIds: v.scope === "products" ? [...new Set(v.productIds)] : [],
  };
  return { ok: true, promo };
}

/**
 * A code as a script or a test writes it, its dates instants (ISO strings or Dates) and the
 * event it is made on among its fields. The Studio parses `promoForm` instead.
 */
export const promoInput = z
  .object({
    ...promoFields,
    validFrom: optionalDate("The start is not a date and time"),
    validUntil: optionalDate("The end is not a date and time"),
    /** The event whose page the code is made on: it always applies there, unless brand-wide. */
    eventId: z.string().max(64).optional(),
  })
  .transform(({ eventId, validFrom, validUntil, ...fields }, ctx): PromoCode => {
    const decided = decidePromoCode(fields, { eventId, validFrom, validUntil });
    if (decided.ok) return decided.promo;
    for (const i of decided.issues) ctx.addIssue({ code: "custom", path: [i.field], message: i.message });
    return z.NEVER;
  });
export type PromoInput = z.input<typeof promoInput>;

/** A date and time as the organizer types it, in the event's time zone (blank: open-ended). */
const localDateTime = z
  .string()
  .trim()
  .max(20, "Not a date and time")
  .optional()
  .transform((v) => v || null);

/**
 * The Studio's promo form, parsed once at its edge: each field as `promoInput` reads it, the dates
 * still local — the event's time zone makes them instants (`promoWindowIn`), then
 * `decidePromoCode` checks the fields together.
 */
export const promoForm = z.object({ ...promoFields, validFrom: localDateTime, validUntil: localDateTime });
export type PromoForm = z.output<typeof promoForm>;

const eventsOf = (eventId: string | undefined, others: string[]) => [
  ...new Set([...(eventId ? [eventId] : []), ...others]),
];

/** The refusal's `reason` for a code of the brand that does not apply at this event. */
export const OTHER_EVENT = "otherEvent";

/** Whether the code may be used at this event: brand-wide, or made for it. */
export function appliesAt(promo: Pick<PromoCode, "events">, eventId: string): boolean {
  return promo.events === "brand" || promo.events.includes(eventId);
}

/** Refuses a code at an event it does not apply to, in words the fan understands. */
export function checkPromoEvent(promo: Pick<PromoCode, "events">, eventId: string): void {
  if (!appliesAt(promo, eventId))
    throw new DomainError("Invalid", "This code is not valid for this event.", {
      field: "promoCode",
      reason: OTHER_EVENT,
    });
}

/**
 * Refuses a code the fan cannot use now. `usedCount` counts the uses before this order, so the last use still
 * applies.
 */
export function checkPromo(promo: PromoCode, at: Date, usedCount: number): void {
  const refuse = (message: string, reason: string) =>
    new DomainError("Invalid", message, { field: "promoCode", reason });
  if (promo.validFrom && at < promo.validFrom) throw refuse("This code is not valid yet.", "notYetValid");
  if (promo.validUntil && at >= promo.validUntil) throw refuse("This code has expired.", "expired");
  if (promo.maxUses !== null && usedCount >= promo.maxUses)
    throw refuse("This code has been used up.", "usedUp");
}

function eligible(promo: PromoCode, line: PromoLine): boolean {
  if (promo.scope === "bundles") return line.kind === "bundle";
  if (promo.scope === "products") return promo.productIds.includes(line.productId);
  return true;
}

function perUnit(promo: PromoCode, unitPrice: number): number {
  return promo.kind === "percent"
    ? percentOf(unitPrice, Math.min(promo.value, 10_000))
    : Math.min(promo.value, unitPrice);
}

/**
 * The discount on each line (same order as `lines`). Only eligible lines are discounted, per
 * unit; with `maxPerOrder`, only that many units in the whole order, the most expensive first
 * (ties: the earlier line), so the fan gets the largest discount the code allows.
 */
export function applyPromo(promo: PromoCode, lines: readonly PromoLine[]): PromoLineDiscount[] {
  const units = lines.map((l) => (eligible(promo, l) ? l.quantity : 0));
  if (promo.maxPerOrder !== null) {
    let budget = promo.maxPerOrder;
    const byPrice = lines
      .map((l, i) => ({ i, unitPrice: l.unitPrice }))
      .sort((a, b) => b.unitPrice - a.unitPrice || a.i - b.i);
    for (const { i } of byPrice) {
      const n = Math.min(units[i]!, budget);
      units[i] = n;
      budget -= n;
    }
  }
  return lines.map((l, i) => ({
    lineId: l.lineId,
    discount: Math.min(units[i]! * perUnit(promo, l.unitPrice), l.quantity * l.unitPrice),
  }));
}
