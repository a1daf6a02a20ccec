// Revenue by product with bundles split into their components: each product's bar is what it
// brought in alone plus its share of every bundle it was sold in (the allocation stored with
// the order), so the bars add up to the period's revenue, bundles included — per currency.
import type { Stack } from "./stacks";

type ProductTotal = { currency: string; productId: string; productName: string; kind: string; gross: number };
type ComponentTotal = {
  currency: string;
  bundleId: string;
  bundleName: string;
  productId: string;
  productName: string;
  revenue: number;
};

export type RevenueSplit = {
  currency: string;
  stacks: Stack[];
  rows: { productId: string; name: string; values: Record<string, number>; total: number }[];
};

export const ALONE = { key: "alone", name: "Sold alone" } as const;
const bundleKey = (bundleId: string) => `bundle:${bundleId}`;

export function revenueSplit(
  products: readonly ProductTotal[],
  components: readonly ComponentTotal[],
): RevenueSplit[] {
  const currencies = [...new Set([...products, ...components].map((x) => x.currency))].sort();
  return currencies.map((currency) => {
    const rows = new Map<string, RevenueSplit["rows"][number]>();
    const stacks = new Map<string, Stack>();
    const add = (productId: string, name: string, stack: { key: string; name: string }, amount: number) => {
      const row = rows.get(productId) ?? { productId, name, values: {}, total: 0 };
      row.values[stack.key] = (row.values[stack.key] ?? 0) + amount;
      row.total += amount;
      rows.set(productId, row);
      const s = stacks.get(stack.key) ?? { ...stack, total: 0 };
      s.total += amount;
      stacks.set(stack.key, s);
    };
    for (const p of products)
      if (p.currency === currency && p.kind !== "bundle") add(p.productId, p.productName, ALONE, p.gross);
    for (const c of components)
      if (c.currency === currency)
        add(
          c.productId,
          c.productName,
          { key: bundleKey(c.bundleId), name: `In ${c.bundleName}` },
          c.revenue,
        );
    const ordered = [...rows.values()].sort((a, b) => b.total - a.total || a.name.localeCompare(b.name));
    for (const r of ordered) for (const key of stacks.keys()) r.values[key] ??= 0;
    const keys = [...stacks.values()].sort((a, b) =>
      a.key === ALONE.key ? -1 : b.key === ALONE.key ? 1 : 0,
    );
    return { currency, stacks: keys, rows: ordered };
  });
}
