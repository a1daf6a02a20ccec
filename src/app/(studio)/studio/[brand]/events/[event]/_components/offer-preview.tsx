"use client";
import { IntlProvider, useTranslations } from "use-intl";
import { OfferCard, type OfferCardItem } from "@/components/offer-card";
import type { Locale } from "@/server/platform/i18n";
import type { Messages } from "@/server/platform/messages";

const NONE = { quantity: 0, variantId: null, choices: {}, optional: [] };

/**
 * The shop's cards as they are now, read-only: "what the fan sees", in the shop's words for the
 * Studio's language (`offer`: the fan's messages in that language, from the page).
 */
export function OfferPreview({
  items,
  locale,
  offer,
}: {
  items: OfferCardItem[];
  locale: Locale;
  offer: Messages["offer"];
}) {
  const t = useTranslations("studio.catalog.overview");
  if (items.length === 0) return <p className="text-sm text-zinc-600">{t("nothingVisible")}</p>;
  return (
    <IntlProvider locale={locale} messages={{ offer }} timeZone="UTC">
      {items.map((item) => (
        <OfferCard key={item.id} item={item} choice={NONE} onChange={() => {}} />
      ))}
    </IntlProvider>
  );
}
