// What the fan's order page says about a parcel: each item in it by what became of it, since
// one parcel can hold a shirt that was delivered and one that came back and was refunded.
import { FAN_PARCEL_ITEM_LABELS } from "@/components/labels";
import type { ItemStatus } from "@/server/api/vocabulary";

export type ParcelItem = { status: string; label: string };

/** A parcel item's state as the fan reads it: the English words, or their language's (order.parcel.*). */
export type ParcelWords = (status: keyof typeof FAN_PARCEL_ITEM_LABELS) => string;
const english: ParcelWords = (status) => FAN_PARCEL_ITEM_LABELS[status] ?? "On its way";

/** The parcel's items grouped by state, in the order the states first appear. */
export function parcelContents(
  items: readonly ParcelItem[],
  words: ParcelWords = english,
): { state: string; labels: string[] }[] {
  const groups = new Map<string, string[]>();
  for (const item of items) {
    const known = Object.hasOwn(FAN_PARCEL_ITEM_LABELS, item.status);
    const state = words(known ? (item.status as ItemStatus) : "shipped");
    groups.set(state, [...(groups.get(state) ?? []), item.label]);
  }
  return [...groups].map(([state, labels]) => ({ state, labels }));
}
