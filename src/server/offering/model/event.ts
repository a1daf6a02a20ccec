// Pure rules for events and their products: no clock, no database.
import { z } from "zod";
import { canonicalTimeZone, zonedLocalToUtc } from "@/server/platform/time";
import { DomainError } from "@/server/platform/errors";
import type { EventPublished } from "../events";
import { checkbox } from "@/server/platform/input";

export type EventStatus = "draft" | "published";

/** An event's fields as an organizer types them: times are local to the event's time zone. */
const eventFields = {
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
};

/**
 * When the event happens: its local start and end read in its time zone, as instants, and every
 * problem with them (each at its field). A domain step: the edge checks it (eventDetailsInput),
 * the commands apply it.
 */
export function eventTimes(v: { timeZone: string; startsAt: string; endsAt: string }): {
  startsAt: Date | null;
  endsAt: Date | null;
  issues: { field: "startsAt" | "endsAt"; message: string }[];
} {
  const startsAt = zonedLocalToUtc(v.startsAt, v.timeZone);
  const endsAt = zonedLocalToUtc(v.endsAt, v.timeZone);
  const issues: { field: "startsAt" | "endsAt"; message: string }[] = [];
  if (!startsAt) issues.push({ field: "startsAt", message: "The start is not a date and time" });
  if (!endsAt) issues.push({ field: "endsAt", message: "The end is not a date and time" });
  if (startsAt && endsAt && endsAt <= startsAt)
    issues.push({ field: "endsAt", message: "The event must end after it starts" });
  return { startsAt, endsAt, issues };
}

const checkTimes = (v: { timeZone: string; startsAt: string; endsAt: string }, ctx: z.RefinementCtx) => {
  for (const i of eventTimes(v).issues) ctx.addIssue({ code: "custom", path: [i.field], message: i.message });
};

/** An event's fields with its times as instants (the walking skeleton's schema; see eventDetailsInput). */
export const eventInput = z
  .object(eventFields)
  .superRefine(checkTimes)
  .transform((v) => {
    const { startsAt, endsAt } = eventTimes(v);
    return { ...v, startsAt: startsAt ?? new Date(0), endsAt: endsAt ?? new Date(0) };
  });
export type EventInput = z.output<typeof eventInput>;

/**
 * What the Studio's event form parses, once: the event's details (times still local: createEvent
 * and editEvent read them in the event's time zone) and whether checkout asks a name per ticket.
 */
export const eventDetailsInput = z
  .object({ ...eventFields, askAttendeeNames: checkbox.optional() })
  .superRefine(checkTimes);
/** An event's details as eventDetailsInput gives them; a caller that leaves out the question: not asked. */
export type EventDetails = z.output<typeof eventDetailsInput>;

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
