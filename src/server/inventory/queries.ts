import { availabilityOf } from "./model/availability";
import { drawsOf, poolsOfBrand, readPools } from "./infrastructure/pools-repo";


/** How many more of each product can be held right now: the same number the shop, Studio and checkout see. */
export async function availability(brandId: string, productIds: string[], now: Date): Promise<Record<string, number>> {
  const draws = await drawsOf(null, brandId, productIds);
  const pools = await readPools([...new Set([...draws.values()].flat().map((d) => d.poolId))], now);
  return Object.fromEntries(productIds.map((id) => [id, availabilityOf(draws.get(id) ?? [], pools)]));
}

export async function poolsOverview(brandId: string, now: Date) {
  const pools = await poolsOfBrand(brandId);
  const state = await readPools(pools.map((p) => p.id), now);
  return pools.map((p) => ({ id: p.id, name: p.name, capacity: p.capacity, sold: p.sold, held: state.get(p.id)?.held ?? 0, productIds: p.draws.map((d) => d.productId) }));
}
