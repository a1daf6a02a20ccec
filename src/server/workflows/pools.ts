// Pools as organizers set them up in Studio: a capacity shared by whatever draws from it.
// Each draw names a product of the brand (checked here, across the context border).
import { z } from "zod";
import { transaction } from "@/server/platform/unit-of-work";
import { invalid } from "@/server/platform/errors";
import type { Actor } from "@/server/platform/metadata";
import * as offering from "@/server/offering";
import * as inventory from "@/server/inventory";

/** A draw as the Studio's picker sends it: the product (and variant) picked, and its units. */
export const pickedDrawInput = z.object({ key: offering.productKey, units: inventory.drawUnits });
const asDraw = ({ key, units }: z.output<typeof pickedDrawInput>) => ({ ...key, units });

/** What the Studio's pool form parses, once: the pool (inventory's), and the rows that name a product. */
export const newPoolInput = inventory.poolInput.extend({
  draws: z
    .array(pickedDrawInput.transform(asDraw))
    .max(50)
    .optional()
    .transform((rows) => (rows ?? []).filter((d) => d.productId !== "")),
});
export type NewPoolInput = z.output<typeof newPoolInput>;

async function checkDraws(brandId: string, draws: readonly inventory.DrawRequest[]) {
  const catalog = new Map((await offering.catalogOfBrand(brandId)).map((p) => [p.id, p]));
  draws.forEach((d, i) => {
    const p = catalog.get(d.productId);
    if (!p) throw invalid("Choose a product of this brand", { field: `draws.${i}.key` });
    if (d.variantId && !p.variants.some((v) => v.id === d.variantId))
      throw invalid("That variant is not this product's", { field: `draws.${i}.key` });
  });
}

export async function createPoolWithDraws(
  actor: Actor,
  brandId: string,
  pool: inventory.PoolInput,
  draws: readonly inventory.DrawRequest[],
) {
  await checkDraws(brandId, draws);
  return transaction((uow) => inventory.createPool(uow, actor, brandId, pool, draws));
}

/** AddDraw from the Studio's picker (pickedDrawInput). */
export async function addDrawToPool(
  actor: Actor,
  brandId: string,
  poolId: string,
  picked: z.output<typeof pickedDrawInput>,
) {
  const draw = asDraw(picked);
  await checkDraws(brandId, [draw]);
  return transaction((uow) => inventory.addDraw(uow, actor, brandId, poolId, draw));
}
