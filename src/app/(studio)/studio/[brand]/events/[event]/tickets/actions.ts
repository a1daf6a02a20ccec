"use server";
// Adding a product to the event. Arguments parsed first, then session, then role
// (_lib/action.ts).
import { z } from "zod";
import { createProduct } from "@/server/workflows";
import { actorOf } from "../../../../_lib/guard";
import { brandAction, idArg, slugArg } from "../../../../_lib/action";
import { done } from "../../../../_lib/done";
import { field, ids, rows } from "../../../../_lib/form";
import { productDetails } from "../../../../_lib/product-form";

const NO_PHASE = [{ name: "", price: "", endsAt: "", endsAfterSold: "" }];

const productForm = z.object({
  ...productDetails,
  kind: field(10),
  capacity: field(12).optional(),
  poolId: field(64).optional(),
  requiresProductIds: ids(20),
  variants: rows({ name: field(40).optional(), sku: field(40).optional(), stock: field(12).optional() }),
});

/**
 * A ticket or an add-on (its own capacity and/or a shared pool), or merch (variants with their
 * stock), with its price phases.
 */
export const addProductAction = brandAction(
  { args: z.tuple([slugArg, idArg]), form: productForm, permission: "catalog:write" },
  async (m, [slug, eventId], form) => {
    const variants = (form.variants ?? []).map((v) => ({
      name: v.name ?? "",
      sku: v.sku ?? "",
      stock: v.stock ?? "",
    }));
    await createProduct(actorOf(m.user), m.brand, eventId, {
      ...form,
      variants: form.kind === "merch" ? variants : [],
      phases: form.phases?.length ? form.phases : NO_PHASE,
    });
    return done(slug, eventId, `Added “${form.name}”.`);
  },
);
