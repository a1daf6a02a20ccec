// What staff at the door submit: a row per thing on sale with the quantity bought (blank or 0:
// not bought), how the person paid, and who they are (their tickets are e-mailed to them).
import { z } from "zod";
import { buyerInput, lineInput, MAX_TICKETS_PER_ORDER } from "./order";

/** Money taken at the door: cash, or a card on the box office's own terminal. */
export const BOX_OFFICE_METHODS = ["cash", "card"] as const;

const count = z.preprocess(
  (v) => (v === undefined || v === null || (typeof v === "string" && v.trim() === "") ? 0 : v),
  z.coerce
    .number({ message: "Choose a quantity" })
    .int("Choose a whole number")
    .min(0, "Choose 0 or more")
    .max(MAX_TICKETS_PER_ORDER, `At most ${MAX_TICKETS_PER_ORDER} per order`),
);

const blankIsNone = (v: unknown) => (v === "" ? null : v);

/** A row of the sale: checkout's line, where a blank quantity is none bought, a blank variant none. */
const saleRow = lineInput.omit({ selection: true }).extend({
  variantId: z.preprocess(blankIsNone, lineInput.shape.variantId),
  quantity: count,
});

export const boxOfficeSaleInput = z.object({
  lines: z
    .array(saleRow)
    .max(50)
    .optional()
    // Rows are checked where the organizer typed them, then the ones bought are kept.
    .transform((rows) => (rows ?? []).filter((r) => r.quantity > 0))
    .refine((lines) => lines.length > 0, "Choose what they buy first.")
    .refine((lines) => lines.length <= 20, "At most 20 different items per order"),
  method: z.enum(BOX_OFFICE_METHODS, { message: "Choose how they paid: cash or card" }),
  name: buyerInput.shape.name,
  email: buyerInput.shape.email,
});
export type BoxOfficeSale = z.output<typeof boxOfficeSaleInput>;
