// What an organizer types to create a product or a bundle, validated field by field.
import { z } from "zod";
import { zonedLocalToUtc } from "@/server/platform/time";
import { CHANNELS, PRODUCT_KINDS, VISIBILITIES, type Issue } from "./catalog";
import { SKU_MAX, skusFor } from "./sku";

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

/** The sales window and per-order limits, checked: every problem at its field. */
function detailProblems(
  v: { salesStart: string | null; salesEnd: string | null; minPerOrder: number; maxPerOrder: number },
  timeZone: string,
): Issue[] {
  const issues: Issue[] = [];
  const { salesStart, salesEnd } = salesWindow(v, timeZone);
  if (v.salesStart && !salesStart) issues.push({ field: "salesStart", message: "Not a date and time" });
  if (v.salesEnd && !salesEnd) issues.push({ field: "salesEnd", message: "Not a date and time" });
  if (salesStart && salesEnd && salesEnd <= salesStart)
    issues.push({ field: "salesEnd", message: "Sales must end after they start" });
  if (v.minPerOrder > v.maxPerOrder)
    issues.push({ field: "maxPerOrder", message: "The maximum cannot be below the minimum" });
  return issues;
}

/** Problems found after the fields were read, added to zod's (paths as "variants.0.name"). */
const addIssues = (issues: Issue[], ctx: z.RefinementCtx) =>
  issues.forEach((i) => ctx.addIssue({ code: "custom", path: i.field.split("."), message: i.message }));

/** The sales window as instants in the event's time zone, and the tax rate in basis points. */
function salesWindow(v: { salesStart: string | null; salesEnd: string | null }, timeZone: string) {
  return {
    salesStart: v.salesStart ? zonedLocalToUtc(v.salesStart, timeZone) : null,
    salesEnd: v.salesEnd ? zonedLocalToUtc(v.salesEnd, timeZone) : null,
  };
}

const variantFields = z.object({
  name: z.string().trim().min(1, "Name the variant").max(40),
  /** Blank: one is made from the product's and the variant's names (see skusFor). */
  sku: z
    .string()
    .trim()
    .max(SKU_MAX)
    .regex(/^[A-Za-z0-9._-]*$/, "Use letters, digits, dots, dashes")
    .default(""),
});

/** Two variants of one product share neither a name nor a typed SKU. */
function variantProblems(variants: { name: string; sku: string }[]): Issue[] {
  const issues: Issue[] = [];
  const names = new Set<string>();
  const skus = new Set<string>();
  variants.forEach((x, i) => {
    const name = x.name.toLowerCase();
    const sku = x.sku.toUpperCase();
    if (name && names.has(name))
      issues.push({ field: `variants.${i}.name`, message: "Two variants have this name" });
    if (sku && skus.has(sku))
      issues.push({ field: `variants.${i}.sku`, message: "Two variants have this SKU" });
    names.add(name);
    skus.add(sku);
  });
  return issues;
}

/** A new ticket, merch or add-on as its form sends it: each field read, its times still local. */
export const productFields = z.object({
  kind: z.enum(PRODUCT_KINDS.filter((k) => k !== "bundle") as ["ticket", "merch", "addon"], {
    message: "Choose what kind of product this is",
  }),
  ...detailFields,
  requiresProductIds: z.array(z.string().min(1).max(64)).max(20).default([]),
  variants: z.array(variantFields).max(30).default([]),
});
export type ProductFields = z.output<typeof productFields>;

/**
 * Every problem between a new product's fields, its sales window read in the event's time zone
 * (none: `productFrom` makes the product).
 */
export function productProblemsIn(v: ProductFields, timeZone: string): Issue[] {
  const issues = detailProblems(v, timeZone);
  if (v.kind === "merch" && v.variants.length === 0)
    issues.push({
      field: "variants",
      message: "Merch needs at least one variant (a size, a colour, or “One size”)",
    });
  if (v.kind !== "merch" && v.variants.length > 0)
    issues.push({ field: "variants", message: "Only merch has variants" });
  return [...issues, ...variantProblems(v.variants)];
}

/** The product offering stores: its sales window as instants, tax in basis points, every SKU. */
export function productFrom(v: ProductFields, timeZone: string) {
  const skus = skusFor(v.name, v.variants);
  return {
    ...v,
    ...salesWindow(v, timeZone),
    taxRateBp: Math.round(v.taxRate * 100),
    variants: v.variants.map((x, i) => ({ name: x.name, sku: skus[i]! })),
  };
}

/**
 * A new ticket, merch or add-on, from any value (a script, a test). Checks run on every field
 * even when another field is wrong, so every problem shows at once. Variants without a SKU get one.
 */
export function productInput(timeZone: string) {
  return productFields
    .superRefine((v, ctx) => addIssues(productProblemsIn(v, timeZone), ctx))
    .transform((v) => productFrom(v, timeZone));
}
export type ProductInput = z.output<ReturnType<typeof productInput>>;

/** One more variant of a merch product, or a variant changed: its name and (optional) SKU. */
export const variantInput = variantFields;
export type VariantInput = z.output<typeof variantInput>;

/** A problem of a form: the path of its field ("variants.0.sku") and what to do. */
export const issuesOf = (error: { issues: readonly { message: string; path: readonly PropertyKey[] }[] }) =>
  error.issues.map((i) => ({ field: i.path.map(String).join("."), message: i.message }));

/** Every problem of a new product's fields, each at its field (none: it can be added). */
export function productProblems(raw: unknown, timeZone: string): Issue[] {
  const r = productInput(timeZone).safeParse(raw);
  return r.success ? [] : issuesOf(r.error);
}

/**
 * One row of a bundle's parts: a product (empty: a row not used), the variants it may be
 * (`variantIds`, or the one `variantId`; several make a choice for the fan), how many, and
 * whether it is optional or one option of a choose-one group. See componentsFromRows.
 */
/** A component row's fields; a workflow adds its own (an in-bundle price) to the same reading. */
export const componentFields = {
  productId: z.string().max(64).default(""),
  variantId: z
    .string()
    .max(64)
    .nullish()
    .transform((v) => v || null),
  variantIds: z.array(z.string().min(1).max(64)).max(30).default([]),
  quantity: z.coerce.number().int("Use a whole number").min(1, "At least 1").max(100, "At most 100"),
  optional: z.preprocess((v) => v === true || v === "true" || v === "on", z.boolean()),
  group: z
    .string()
    .trim()
    .max(40)
    .nullish()
    .transform((v) => v || null),
};

/** The one `variantId` a row may name joins its `variantIds`. */
export const oneVariantList = ({
  variantId,
  variantIds,
  ...row
}: z.output<z.ZodObject<typeof componentFields>>) => ({
  ...row,
  variantIds: variantId ? [variantId, ...variantIds] : variantIds,
});

export const componentInput = z.object(componentFields).transform(oneVariantList);

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

/** Editing a product's details (its kind and variants stay), as the form sends them: times local. */
export const productDetailFields = z.object(detailFields);
export type ProductDetailFields = z.output<typeof productDetailFields>;

/** Every problem between a product's edited details, its sales window read in the time zone. */
export const productDetailProblemsIn = (v: ProductDetailFields, timeZone: string) =>
  detailProblems(v, timeZone);

/** The details offering stores: the sales window as instants, tax in basis points. */
export function productDetailsFrom(v: ProductDetailFields, timeZone: string) {
  const { taxRate, ...rest } = v;
  return { ...rest, ...salesWindow(v, timeZone), taxRateBp: Math.round(taxRate * 100) };
}
export type ProductDetails = ReturnType<typeof productDetailsFrom>;

/** Editing a product's details, from any value. */
export function productDetailsInput(timeZone: string) {
  return productDetailFields
    .superRefine((v, ctx) => addIssues(detailProblems(v, timeZone), ctx))
    .transform((v) => productDetailsFrom(v, timeZone));
}
