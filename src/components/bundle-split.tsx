// How a bundle's price splits across its parts, and by what: one read-only line, shown before
// anyone refunds (the Studio's bundle list and order page). The words for each basis live here.
import { formatMoney } from "./format";

export type SplitBasis = "in_bundle" | "standalone";

/** Each basis in words: its name in a split line, and what choosing it means (brand settings). */
export const SPLIT_BASIS_WORDS: Record<SplitBasis, { splitBy: string; label: string; explanation: string }> =
  {
    in_bundle: {
      splitBy: "in-bundle prices",
      label: "In-bundle prices (the default)",
      explanation:
        "Each part gets the price you set for it inside the bundle (its own price where you set none); a " +
        "bundle discount or promo code is shared in the same proportion. A T-shirt priced €16 in the pack " +
        "refunds €16.",
    },
    standalone: {
      splitBy: "stand-alone prices",
      label: "Stand-alone prices",
      explanation:
        "The bundle's price is shared in proportion to what each part costs on its own — the relative " +
        "stand-alone selling price of IFRS 15 / ASC 606, which some accountants require. A T-shirt sold " +
        "for €25 alone next to a €50 ticket gets a third of the pack's price.",
    },
  };

export function BundleSplit({
  split,
  currency,
}: {
  split: { basis: SplitBasis | null; parts: { label: string; amount: number }[] } | null;
  currency: string;
}) {
  if (!split || split.parts.length === 0) return null;
  const by = split.basis ? ` by ${SPLIT_BASIS_WORDS[split.basis].splitBy}` : "";
  return (
    <p className="text-xs font-normal text-zinc-500" data-testid="bundle-split">
      Split{by}: {split.parts.map((p) => `${p.label} ${formatMoney(p.amount, currency)}`).join(" · ")}
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
