// A stacked chart's data: one row per slot of the time axis (gaps included, as zero), one stack
// per product or channel — the biggest few by name, the rest as "Other" — and one chart per
// currency, because money is never added across currencies.

export type SeriesPoint = { at: Date; currency: string; key: string; name: string; value: number };
export type Stack = { key: string; name: string; total: number };
export type StackedSeries = {
  currency: string;
  stacks: Stack[];
  rows: { at: Date; values: Record<string, number> }[];
};

export const OTHER = { key: "other", name: "Other" } as const;

/** Stacks of `points` over `slots`, per currency; more than `limit` stacks keep the biggest. */
export function stackSeries(
  points: readonly SeriesPoint[],
  slots: readonly Date[],
  limit = 6,
): StackedSeries[] {
  const currencies = [...new Set(points.map((p) => p.currency))].sort();
  return currencies.map((currency) => {
    const mine = points.filter((p) => p.currency === currency);
    const totals = new Map<string, Stack>();
    for (const p of mine) {
      const s = totals.get(p.key) ?? { key: p.key, name: p.name, total: 0 };
      s.total += p.value;
      totals.set(p.key, s);
    }
    const ranked = [...totals.values()].sort((a, b) => b.total - a.total || a.name.localeCompare(b.name));
    const kept = ranked.length > limit ? ranked.slice(0, limit - 1) : ranked;
    const keptKeys = new Set(kept.map((s) => s.key));
    const rest = ranked.filter((s) => !keptKeys.has(s.key));
    const stacks = rest.length ? [...kept, { ...OTHER, total: rest.reduce((a, s) => a + s.total, 0) }] : kept;
    const bySlot = new Map(slots.map((at) => [at.getTime(), zeros(stacks)]));
    for (const p of mine) {
      const values = bySlot.get(p.at.getTime());
      if (values) values[keptKeys.has(p.key) ? p.key : OTHER.key]! += p.value;
    }
    return { currency, stacks, rows: slots.map((at) => ({ at, values: bySlot.get(at.getTime())! })) };
  });
}

const zeros = (stacks: readonly Stack[]) => Object.fromEntries(stacks.map((s) => [s.key, 0]));
