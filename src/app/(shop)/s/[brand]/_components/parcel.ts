// What the fan's order page says about a parcel: each item in it by what became of it, since
// one parcel can hold a shirt that was delivered and one that came back and was refunded.

/** The states a shipped item can be in, in the fan's words. */
const PARCEL_ITEM_STATE: Record<string, string> = {
  shipped: "On its way",
  delivered: "Delivered",
  returned: "Returned",
  // Only a returned item can be refunded once it has shipped (fulfillment's refund rule).
  refunded: "Returned and refunded",
};

export type ParcelItem = { status: string; label: string };

/** The parcel's items grouped by state, in the order the states first appear. */
export function parcelContents(items: readonly ParcelItem[]): { state: string; labels: string[] }[] {
  const groups = new Map<string, string[]>();
  for (const item of items) {
    const state = PARCEL_ITEM_STATE[item.status] ?? "On its way";
    groups.set(state, [...(groups.get(state) ?? []), item.label]);
  }
  return [...groups].map(([state, labels]) => ({ state, labels }));
}
