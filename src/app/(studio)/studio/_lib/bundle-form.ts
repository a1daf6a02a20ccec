// A bundle's form, shared by adding one (the bundles page) and changing it (its product page).
import { z } from "zod";
import { issuesOf, roleFlags } from "@/server/offering";
import { invalidAll } from "@/server/platform/errors";
import { field, ids, rows } from "./form";

const phaseRows = rows({
  name: field(60).optional(),
  price: field(20).optional(),
  endsAt: field(20).optional(),
  endsAfterSold: field(12).optional(),
});

export const bundleForm = z.object({
  name: field(80).optional(),
  description: field(2000).optional(),
  maxPerOrder: field(6).optional(),
  capacity: field(12).optional(),
  channels: ids(3),
  components: rows({
    key: field(140).optional(),
    variantIds: ids(30),
    quantity: field(6).optional(),
    role: field(10).optional(),
    group: field(40).optional(),
    price: field(20).optional(),
  }),
  pricing: z.object({
    mode: field(10).optional(),
    discountKind: field(10).optional(),
    discountValue: field(20).optional(),
    phases: phaseRows,
  }),
});
type BundleForm = z.output<typeof bundleForm>;

/** "<productId>:<variantId>" from a product picker. */
function partOf(key: string) {
  const [productId = "", variantId] = key.split(":");
  return { productId, variantId: variantId || null };
}

/**
 * The form's component rows as the workflow reads them (a row without a product is skipped
 * there, so problems keep their row): a product, the variants ticked (several: the fan picks
 * one, named by the row's choice name), and one in-bundle price per row.
 */
function bundleRows(form: BundleForm) {
  const components = (form.components ?? []).map((r) => ({
    ...partOf(r.key ?? ""),
    variantIds: r.variantIds,
    quantity: r.quantity,
    price: r.price,
    ...roleFlags(r.role, r.group),
  }));
  const { phases, ...pricing } = form.pricing;
  return { components, pricing: { ...pricing, phases: phases?.length ? phases : undefined } };
}

/**
 * The form read by a bundle command's schema (`newBundleInput`, `bundleChangeInput`), once, here
 * at the edge; its problems are thrown at their fields, as the command's own would be.
 */
export function bundleInputOf<S extends z.ZodType>(schema: S, form: BundleForm): z.output<S> {
  const r = schema.safeParse({ ...form, ...bundleRows(form) });
  if (!r.success) throw invalidAll(issuesOf(r.error));
  return r.data;
}
