import "server-only";
import { revalidatePath } from "next/cache";

/**
 * A change the shop's pages must show at once. They are rendered per request (docs/adr/0017), so
 * this only drops what browsers' router caches hold. Next tags pages with their route *pattern*,
 * route group included (`/(shop)/s/[brand]/layout`), so they are purged by pattern.
 */
export function revalidateShop(): void {
  revalidatePath("/(shop)/s/[brand]", "layout");
  revalidatePath("/embed/[brand]/[event]", "page");
}
