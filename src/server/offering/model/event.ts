// Pure rules for events and their products: no clock, no database.
import { z } from "zod";
import { canonicalTimeZone, zonedLocalToUtc } from "@/server/platform/time";
import { DomainError } from "@/server/platform/errors";
import type { EventPublished } from "../events";

export type EventStatus = "draft" | "published";

export const eventInput = z
  .object({
    name: z.string().trim().min(2, "Give the event a name").max(120),
    venue: z.string().trim().min(2, "Say where it happens").max(160),
    description: z.string().trim().max(5000).default(""),
    timeZone: z
      .string()
      .trim()
      .transform((tz, ctx) => {
        const zone = canonicalTimeZone(tz);
        if (!zone) ctx.addIssue({ code: "custom", message: "Choose a valid time zone, like Europe/Berlin" });
        return zone ?? tz;
      }),
    startsAt: z.string().trim().min(1, "Say when it starts"),
    endsAt: z.string().trim().min(1, "Say when it ends"),
  })
  .transform((v, ctx) => {
    const startsAt = zonedLocalToUtc(v.startsAt, v.timeZone);
    const endsAt = zonedLocalToUtc(v.endsAt, v.timeZone);
    if (!startsAt)
      ctx.addIssue({ code: "custom", path: ["startsAt"], message: "The start is not a date and time" });
    if (!endsAt)
      ctx.addIssue({ code: "custom", path: ["endsAt"], message: "The end is not a date and time" });
    if (startsAt && endsAt && endsAt <= startsAt)
      ctx.addIssue({ code: "custom", path: ["endsAt"], message: "The event must end after it starts" });
    return { ...v, startsAt: startsAt ?? new Date(0), endsAt: endsAt ?? new Date(0) };
  });
export type EventInput = z.output<typeof eventInput>;

/** Editing an event: its details, and whether checkout asks a name per ticket. The address (slug) stays. */
export const eventDetailsInput = z
  .object({ askAttendeeNames: z.preprocess((v) => v === true || v === "on" || v === "true", z.boolean()) })
  .and(eventInput);
export type EventDetailsInput = z.output<typeof eventDetailsInput>;

export const ticketTypeInput = z.object({
  name: z.string().trim().min(1, "Name the ticket type").max(80),
  price: z.coerce
    .number({ message: "Enter a price" })
    .min(0, "A price cannot be negative")
    .max(100000, "That price is too high"),
  capacity: z.coerce
    .number({ message: "Enter a capacity" })
    .int("Capacity is a whole number")
    .min(1, "Capacity is at least 1")
    .max(1_000_000),
  maxPerOrder: z.coerce.number().int().min(1).max(100).default(10),
});
export type TicketTypeInput = z.output<typeof ticketTypeInput>;

/** "12.50" → 1250 minor units, exactly (no float drift). */
export function toMinorUnits(amount: number): number {
  return Math.round(amount * 100);
}

export function slugify(name: string): string {
  const s = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60);
  return s || "event";
}

export type EventState = { status: EventStatus; productCount: number };

/** PublishEvent: a draft with at least one product becomes visible in the shop. */
export function decidePublish(state: EventState, eventId: string): [EventPublished] {
  if (state.status === "published") throw new DomainError("Conflict", "This event is already published.");
  if (state.productCount === 0)
    throw new DomainError("Invalid", "Add at least one ticket type before publishing.");
  return [{ type: "EventPublished", payload: { eventId } }];
}
