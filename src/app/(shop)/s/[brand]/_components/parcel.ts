// What the fan's order page says about a parcel: each item in it by what became of it, since
// one parcel can hold a shirt that was delivered and one that came back and was refunded.
import { FAN_PARCEL_ITEM_LABELS } from "@/components/labels";
import type { ItemStatus } from "@/server/api/vocabulary";

export type ParcelItem = { status: string; label: string };

/** The parcel's items grouped by state, in the order the states first appear. */
export function parcelContents(items: readonly ParcelItem[]): { state: string; labels: string[] }[] {
  const groups = new Map<string, string[]>();
  for (const item of items) {
    const state = FAN_PARCEL_ITEM_LABELS[item.status as ItemStatus] ?? "On its way";
    groups.set(state, [...(groups.get(state) ?? []), item.label]);
  }
  return [...groups].map(([state, labels]) => ({ state, labels }));
}
