"use client";
import { IntlProvider } from "use-intl";
import { OfferCard, type OfferCardItem } from "@/components/offer-card";
import en from "@/server/platform/messages/en.json";

const NONE = { quantity: 0, variantId: null, choices: {}, optional: [] };

/** The shop's cards as they are now, read-only: "what the fan sees". */
export function OfferPreview({ items }: { items: OfferCardItem[] }) {
  if (items.length === 0) return <p className="text-sm text-zinc-600">Nothing visible yet.</p>;
  // The Studio is English: the cards speak the shop's default words here.
  return (
    <IntlProvider locale="en" messages={{ offer: en.offer }} timeZone="UTC">
      {items.map((item) => (
        <OfferCard key={item.id} item={item} choice={NONE} onChange={() => {}} />
      ))}
    </IntlProvider>
  );
}
