// Pools as organizers set them up in Studio: a capacity shared by whatever draws from it.
// Each draw names a product of the brand (checked here, across the context border).
import { transaction } from "@/server/platform/unit-of-work";
import { invalid } from "@/server/platform/errors";
import type { Actor } from "@/server/platform/metadata";
import * as offering from "@/server/offering";
import * as inventory from "@/server/inventory";

type DrawRaw = { productId: string; variantId: string | null; units: unknown };

async function checkDraws(brandId: string, draws: DrawRaw[]) {
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
  raw: { name: unknown; capacity: unknown },
  draws: DrawRaw[],
) {
  await checkDraws(brandId, draws);
  return transaction((uow) => inventory.createPool(uow, actor, brandId, raw, draws));
}

export async function addDrawToPool(actor: Actor, brandId: string, poolId: string, draw: DrawRaw) {
  await checkDraws(brandId, [draw]);
  return transaction((uow) => inventory.addDraw(uow, actor, brandId, poolId, draw));
}
