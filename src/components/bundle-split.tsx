// How a bundle's price splits across its parts, and by what: one read-only line, shown before
// anyone refunds (the Studio's bundle list and order page), in the Studio's language: server
// components, as those pages are. The words for each basis are studio.common `splitBasis`.
import { studioLocale, studioT } from "@/app/(studio)/studio/_lib/locale";
import { moneyIn } from "./format";

export type SplitBasis = "in_bundle" | "standalone";

export async function BundleSplit({
  split,
  currency,
}: {
  split: { basis: SplitBasis | null; parts: { label: string; amount: number }[] } | null;
  currency: string;
}) {
  if (!split || split.parts.length === 0) return null;
  const [t, locale] = await Promise.all([studioT("common"), studioLocale()]);
  const money = moneyIn(locale);
  const parts = split.parts.map((p) => `${p.label} ${money(p.amount, currency)}`).join(" · ");
  return (
    <p className="text-xs font-normal text-zinc-500" data-testid="bundle-split">
      {split.basis
        ? t("bundleSplit.splitBy", { basis: t(`splitBasis.${split.basis}.splitBy`), parts })
        : t("bundleSplit.split", { parts })}
    </p>
  );
}

type OrderLine = {
  quantity: number;
  allocation: { componentId: string; amount: number }[];
  allocationBasis?: SplitBasis | null;
  components: { componentId: string; productName: string; variantName: string | null; quantity: number }[];
};

/** An order's bundle line as placed: its stored split and basis, never recomputed. */
export function OrderLineSplit({ line, currency }: { line: OrderLine; currency: string }) {
  const parts = line.allocation.map((a) => {
    const c = line.components.find((x) => x.componentId === a.componentId);
    const units = (c?.quantity ?? 1) * line.quantity;
    const name = c ? `${c.productName}${c.variantName ? ` (${c.variantName})` : ""}` : a.componentId;
    return { label: `${units > 1 ? `${units} × ` : ""}${name}`, amount: a.amount };
  });
  return <BundleSplit split={{ basis: line.allocationBasis ?? null, parts }} currency={currency} />;
}
