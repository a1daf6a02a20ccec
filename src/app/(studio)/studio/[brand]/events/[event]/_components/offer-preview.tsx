"use client";
import { OfferCard, type OfferCardItem } from "@/components/offer-card";

const NONE = { quantity: 0, variantId: null, choices: {}, optional: [] };

/** The shop's cards as they are now, read-only: "what the fan sees". */
export function OfferPreview({ items }: { items: OfferCardItem[] }) {
  if (items.length === 0) return <p className="text-sm text-zinc-600">Nothing visible yet.</p>;
  return (
    <>
      {items.map((item) => (
        <OfferCard key={item.id} item={item} choice={NONE} onChange={() => {}} />
      ))}
    </>
  );
}
