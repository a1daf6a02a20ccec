// What an organizer types for a product's price phases: a name, a price in major units, and an
// end (a local date-time in the event's time zone, a count, both, or neither for the last).
import { z } from "zod";
import { zonedLocalToUtc } from "@/server/platform/time";
import { validatePhases, type PricePhase } from "./phases";

const row = z.object({
  name: z.string().trim().max(60).default(""),
  price: z.preprocess(
    (v) => (typeof v === "string" ? v.replace(",", ".").trim() : v),
    z.coerce
      .number({ message: "Enter a price" })
      .min(0, "A price cannot be negative")
      .max(100_000, "That price is too high"),
  ),
  endsAt: z
    .string()
    .trim()
    .max(20)
    .optional()
    .transform((v) => v || null),
  endsAfterSold: z.preprocess(
    (v) => (v === "" || v === null || v === undefined ? null : v),
    z.coerce.number().int("Use a whole number").min(1, "At least 1").max(1_000_000).nullable(),
  ),
});

export type PhaseRowInput = z.input<typeof row>;

/** Parses and checks phases; returns them or the first problem with its field (`phases.<i>.<field>`). */
export function parsePhases(
  raw: unknown,
  timeZone: string,
  makeId: () => string,
): { ok: true; phases: PricePhase[] } | { ok: false; field: string; message: string } {
  const parsed = z.array(row).min(1, "Add at least one price").max(12, "At most 12 phases").safeParse(raw);
  if (!parsed.success) {
    const i = parsed.error.issues[0]!;
    return { ok: false, field: ["phases", ...i.path].join("."), message: i.message };
  }
  const phases: PricePhase[] = [];
  for (const [index, r] of parsed.data.entries()) {
    const endsAt = r.endsAt ? zonedLocalToUtc(r.endsAt, timeZone) : null;
    if (r.endsAt && !endsAt)
      return { ok: false, field: `phases.${index}.endsAt`, message: "Not a date and time" };
    if (Math.abs(r.price * 100 - Math.round(r.price * 100)) > 1e-6)
      return { ok: false, field: `phases.${index}.price`, message: "Use at most two decimals" };
    phases.push({
      id: makeId(),
      name: r.name || (parsed.data.length === 1 ? "Standard" : ""),
      price: Math.round(r.price * 100),
      endsAt,
      endsAfterSold: r.endsAfterSold,
    });
  }
  const issue = validatePhases(phases)[0];
  if (issue) return { ok: false, field: `phases.${issue.index}.${issue.field}`, message: issue.message };
  return { ok: true, phases };
}
