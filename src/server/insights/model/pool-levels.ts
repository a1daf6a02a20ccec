// Pool fill over time: a pool's units sold by the end of each hour or day of the chart, from what
// was sold before the period and what each step sold (less what refunds gave back).

/**
 * The level at the end of each slot: `before` plus every step up to it. A step counts in the
 * last slot starting at or before it; slots are in time order.
 */
export function fillLevels(
  slots: readonly Date[],
  before: number,
  steps: readonly { at: Date; units: number }[],
): number[] {
  const added = slots.map(() => 0);
  for (const s of steps) {
    const i = slotIndex(slots, s.at);
    if (i >= 0) added[i]! += s.units;
  }
  let level = before;
  return added.map((a) => (level += a));
}

function slotIndex(slots: readonly Date[], at: Date): number {
  let found = -1;
  for (const [i, slot] of slots.entries()) if (slot.getTime() <= at.getTime()) found = i;
  return found;
}

/** The chart's slots up to `now`: a level is not known for an hour that has not begun. */
export const slotsSoFar = (slots: readonly Date[], now: Date) =>
  slots.filter((s) => s.getTime() <= now.getTime());
