// How a Studio product picker names what it picked: "<productId>" or "<productId>:<variantId>".
import { z } from "zod";

/** A picked product (and variant); blank: nothing picked. */
export const productKey = z
  .string()
  .max(140)
  .transform((key) => {
    const [productId = "", variantId] = key.split(":");
    return { productId, variantId: variantId || null };
  });
export type ProductKey = z.output<typeof productKey>;
