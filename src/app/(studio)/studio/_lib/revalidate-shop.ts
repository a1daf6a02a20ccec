import "server-only";
import { revalidatePath } from "next/cache";

/**
 * A change the shop's cached pages must show at once. The event pages are served from the cache
 * (revalidated every 30 s); Next tags them with their concrete path and with their route
 * *pattern*, route group included (`/(shop)/s/[brand]/layout`) — never with `/s/<slug>/layout`,
 * so revalidating that purges nothing. Purged by pattern, then: every shop's cached pages, which
 * is fine for changes this rare (theme, publish, catalog edits).
 */
export function revalidateShop(): void {
  // At their public paths (the brand's default language) and in the other languages (docs/adr/0040).
  revalidatePath("/(shop)/s/[brand]", "layout");
  revalidatePath("/in/[lang]/s/[brand]", "layout");
  revalidatePath("/embed/[brand]/[event]", "page");
  revalidatePath("/in/[lang]/embed/[brand]/[event]", "page");
}
