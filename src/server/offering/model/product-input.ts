// What an organizer types to create a product or a bundle, validated field by field.
import { z } from "zod";
import { zonedLocalToUtc } from "@/server/platform/time";
import { CHANNELS, PRODUCT_KINDS, VISIBILITIES } from "./catalog";

/** Checkboxes: none ticked means every channel. */
const channelsField = z
  .preprocess(
    (v) => (v === undefined || v === null || v === "" ? [] : Array.isArray(v) ? v : [v]),
    z.array(z.enum(CHANNELS, { message: "Choose shop, embed or box office" })).max(3),
  )
  .transform((c) => [...new Set(c)]);

const optionalLocal = z
  .string()
  .trim()
  .max(20)
  .optional()
  .transform((v) => (v ? v : null));

/** What every product has, whether created or edited: name, texts, tax, limits, sales window. */
const detailFields = {
  name: z.string().trim().min(1, "Name the product").max(80, "Keep the name under 80 characters"),
  description: z.string().trim().max(2000).default(""),
  taxRate: z.coerce
    .number({ message: "Enter a tax rate" })
    .min(0, "A tax rate cannot be negative")
    .max(50, "A tax rate above 50 % is surely a typo"),
  salesStart: optionalLocal,
  salesEnd: optionalLocal,
  minPerOrder: z.coerce.number().int("Use a whole number").min(1, "At least 1").max(100).default(1),
  maxPerOrder: z.coerce
    .number()
    .int("Use a whole number")
    .min(1, "At least 1")
    .max(100, "At most 100")
    .default(10),
  visibility: z.enum(VISIBILITIES, { message: "Choose who can see it" }).default("public"),
  channels: channelsField,
};

/** The sales window as instants in the event's time zone, and the per-order limits, checked. */
function checkDetails(
  v: {
    salesStart: string | null;
    salesEnd: string | null;
    minPerOrder: number;
    maxPerOrder: number;
    taxRate: number;
  },
  timeZone: string,
  ctx: z.RefinementCtx,
) {
  const salesStart = v.salesStart ? zonedLocalToUtc(v.salesStart, timeZone) : null;
  const salesEnd = v.salesEnd ? zonedLocalToUtc(v.salesEnd, timeZone) : null;
  if (v.salesStart && !salesStart)
    ctx.addIssue({ code: "custom", path: ["salesStart"], message: "Not a date and time" });
  if (v.salesEnd && !salesEnd)
    ctx.addIssue({ code: "custom", path: ["salesEnd"], message: "Not a date and time" });
  if (salesStart && salesEnd && salesEnd <= salesStart)
    ctx.addIssue({ code: "custom", path: ["salesEnd"], message: "Sales must end after they start" });
  if (v.minPerOrder > v.maxPerOrder)
    ctx.addIssue({
      code: "custom",
      path: ["maxPerOrder"],
      message: "The maximum cannot be below the minimum",
    });
  return { salesStart, salesEnd, taxRateBp: Math.round(v.taxRate * 100) };
}

export function productInput(timeZone: string) {
  return z
    .object({
      kind: z.enum(PRODUCT_KINDS.filter((k) => k !== "bundle") as ["ticket", "merch", "addon"], {
        message: "Choose what kind of product this is",
      }),
      ...detailFields,
      requiresProductIds: z.array(z.string().min(1).max(64)).max(20).default([]),
      variants: z
        .array(
          z.object({
            name: z.string().trim().min(1, "Name the variant").max(40),
            sku: z
              .string()
              .trim()
              .min(1, "Give the variant a SKU")
              .max(40)
              .regex(/^[A-Za-z0-9._-]+$/, "Use letters, digits, dots, dashes"),
          }),
        )
        .max(30)
        .default([]),
    })
    .transform((v, ctx) => {
      const details = checkDetails(v, timeZone, ctx);
      if (v.kind === "merch" && v.variants.length === 0)
        ctx.addIssue({
          code: "custom",
          path: ["variants"],
          message: "Merch needs at least one variant (a size, a colour, or “One size”)",
        });
      if (v.kind !== "merch" && v.variants.length > 0)
        ctx.addIssue({ code: "custom", path: ["variants"], message: "Only merch has variants" });
      const names = new Set<string>();
      v.variants.forEach((x, i) => {
        if (names.has(x.name.toLowerCase()))
          ctx.addIssue({
            code: "custom",
            path: ["variants", i, "name"],
            message: "Two variants have this name",
          });
        names.add(x.name.toLowerCase());
      });
      return { ...v, ...details };
    });
}
export type ProductInput = z.output<ReturnType<typeof productInput>>;

export const componentInput = z.object({
  productId: z.string().min(1, "Choose a product").max(64),
  variantId: z
    .string()
    .max(64)
    .nullish()
    .transform((v) => v || null),
  quantity: z.coerce.number().int("Use a whole number").min(1, "At least 1").max(100, "At most 100"),
  optional: z.preprocess((v) => v === true || v === "true" || v === "on", z.boolean()),
  group: z
    .string()
    .trim()
    .max(40)
    .nullish()
    .transform((v) => v || null),
});

export const bundleInput = z.object({
  name: z.string().trim().min(1, "Name the bundle").max(80),
  description: z.string().trim().max(2000).default(""),
  /** Unused for pricing: a bundle's tax is its components' (each at its own rate). */
  taxRate: z.coerce.number().min(0, "A tax rate cannot be negative").max(50).default(0),
  minPerOrder: z.coerce.number().int().min(1).max(100).default(1),
  maxPerOrder: z.coerce.number().int().min(1, "At least 1").max(100, "At most 100").default(10),
  visibility: z.enum(VISIBILITIES).default("public"),
  channels: channelsField,
  components: z.array(componentInput).min(1, "Add at least one component").max(30),
});
export type BundleInput = z.output<typeof bundleInput>;

/** Editing a product's details (its kind and variants stay). */
export function productDetailsInput(timeZone: string) {
  return z.object(detailFields).transform((v, ctx) => {
    const { taxRate: _taxRate, ...rest } = v;
    return { ...rest, ...checkDetails(v, timeZone, ctx) };
  });
}
