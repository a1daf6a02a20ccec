import { z } from "zod";

export const poolInput = z.object({
  name: z.string().trim().min(1, "Name the pool").max(80),
  capacity: z.coerce
    .number({ message: "Enter a capacity" })
    .int("Capacity is a whole number")
    .min(0, "Capacity cannot be negative")
    .max(1_000_000, "That is more than any venue holds"),
});

export type PoolInput = z.output<typeof poolInput>;

/** Units of the pool one unit sold takes: 1 unless the organizer says otherwise. */
export const drawUnits = z.preprocess(
  (v) => (v === undefined || v === null || v === "" ? 1 : v),
  z.coerce.number().int("Use a whole number").min(1, "A draw takes at least 1 unit").max(100),
);

export const drawInput = z.object({
  productId: z.string().min(1, "Choose a product").max(64),
  variantId: z
    .string()
    .max(64)
    .nullish()
    .transform((v) => v || null),
  units: drawUnits,
});
export type DrawInput = z.output<typeof drawInput>;
