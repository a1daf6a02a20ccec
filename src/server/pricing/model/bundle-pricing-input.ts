// How an organizer prices a bundle: a fixed price (its phases are set apart, as a product's),
// or the sum of its parts with an optional bundle-only discount.
import { z } from "zod";

/**
 * How a bundle is priced, as the organizer chooses it: a fixed price (its phases set apart), or
 * the sum of its parts with an optional bundle-only discount. Parsed at the edge (the Studio's
 * bundle forms): the blank discount is none.
 */
export const bundlePricingChoice = z
  .object({
    mode: z.enum(["fixed", "sum"], { message: "Choose how the bundle is priced" }).default("sum"),
    discountKind: z.enum(["none", "percent", "amount"]).default("none"),
    discountValue: z.preprocess(
      (v) => (v === "" || v == null ? 0 : typeof v === "string" ? v.replace(",", ".") : v),
      z.coerce.number({ message: "Enter a number" }).min(0, "A discount cannot be negative").max(100_000),
    ),
  })
  .superRefine((v, ctx) => {
    if (v.discountKind === "percent" && v.discountValue > 100)
      ctx.addIssue({ code: "custom", path: ["discountValue"], message: "A discount cannot exceed 100 %" });
    if (v.mode === "fixed" && v.discountKind !== "none")
      ctx.addIssue({
        code: "custom",
        path: ["discountKind"],
        message: "A fixed-price bundle has no discount: set its price instead",
      });
  });
export type BundlePricingChoice = z.output<typeof bundlePricingChoice>;
