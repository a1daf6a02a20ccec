// What an organizer types for a product's price phases: a name, a price in major units, and an
// end (a local date-time in the event's time zone, a count, both, or neither for the last).
import { z } from "zod";
import { zonedLocalToUtc } from "@/server/platform/time";
import { validatePhases, type PricePhase } from "./phases";

const row = z.object({
  name: z.string().trim().max(60).default(""),
  price: z.preprocess(
    // A blank price is a price not given (coerced, it would be 0: a free product by accident);
    // a free product says 0.
    (v) => (typeof v === "string" ? v.replace(",", ".").trim() || undefined : v),
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

type Problem = { field: string; message: string };

/** A product's price phases as the form sends them: one row each, prices in major units, ends local. */
export const phaseRowsInput = z.array(row).min(1, "Add at least one price").max(12, "At most 12 phases");
export type PhaseRows = z.output<typeof phaseRowsInput>;

type Checked =
  { ok: true; phases: PricePhase[] } | { ok: false; field: string; message: string; issues: Problem[] };
const refuse = (issues: Problem[]) => ({ ok: false as const, ...issues[0]!, issues });

/**
 * Phases from the rows read, their ends read in the event's time zone, checked together; or
 * every problem with its field (`phases.<i>.<field>`) — `field` and `message` are the first one's.
 */
export function phasesIn(rows: PhaseRows, timeZone: string, makeId: () => string): Checked {
  const phases: PricePhase[] = [];
  const problems: Problem[] = [];
  for (const [index, r] of rows.entries()) {
    const endsAt = r.endsAt ? zonedLocalToUtc(r.endsAt, timeZone) : null;
    if (r.endsAt && !endsAt)
      problems.push({ field: `phases.${index}.endsAt`, message: "Not a date and time" });
    if (Math.abs(r.price * 100 - Math.round(r.price * 100)) > 1e-6)
      problems.push({ field: `phases.${index}.price`, message: "Use at most two decimals" });
    phases.push({
      id: makeId(),
      name: r.name || (rows.length === 1 ? "Standard" : ""),
      price: Math.round(r.price * 100),
      endsAt,
      endsAfterSold: r.endsAfterSold,
    });
  }
  if (problems.length) return refuse(problems);
  const issues = validatePhases(phases);
  if (issues.length)
    return refuse(issues.map((i) => ({ field: `phases.${i.index}.${i.field}`, message: i.message })));
  return { ok: true, phases };
}

/** Parses and checks phases from any value (a script, a test): `phaseRowsInput`, then `phasesIn`. */
export function parsePhases(raw: unknown, timeZone: string, makeId: () => string): Checked {
  const parsed = phaseRowsInput.safeParse(raw);
  if (!parsed.success)
    return refuse(
      parsed.error.issues.map((i) => ({ field: ["phases", ...i.path].join("."), message: i.message })),
    );
  return phasesIn(parsed.data, timeZone, makeId);
}
