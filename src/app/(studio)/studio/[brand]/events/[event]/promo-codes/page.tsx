// Promo codes: discounts (and hidden products they unlock) for this event, some brand-wide.
import { can } from "@/server/distribution";
import { studioEvents } from "@/server/offering";
import { promosOf } from "@/server/pricing";
import { Badge, Card, EmptyState } from "@/components/ui";
import { moneyIn } from "@/components/format";
import { addPromoAction } from "./actions";
import { PromoForm } from "../_components/promo-form";
import { eventRoute, type EventParams } from "../_components/event-route";
import { studioLocale, studioT } from "../../../../_lib/locale";

export async function generateMetadata() {
  const t = await studioT("catalog");
  return { title: t("titles.promoCodes") };
}

export default async function PromoCodes({ params }: { params: EventParams }) {
  const { brand, role, event } = await eventRoute(params, "brand:read");
  const edits = can(role, "catalog:write");
  const [promos, brandEvents, t, locale] = await Promise.all([
    promosOf(brand.id, event.id),
    edits ? studioEvents(brand.id) : [],
    studioT("catalog"),
    studioLocale(),
  ]);
  const money = moneyIn(locale);
  /** "10 % off the cart · used 3 of 100". */
  const usageOf = (p: (typeof promos)[number]) => {
    const words = {
      discount:
        p.kind === "percent"
          ? t("promoCodes.percent", { value: p.value / 100 })
          : money(p.value, brand.currency),
      scope:
        p.scope === "cart"
          ? t("promoCodes.scopes.cart")
          : p.scope === "bundles"
            ? t("promoCodes.scopes.bundles")
            : t("promoCodes.scopes.products"),
      used: p.used,
    };
    return p.maxUses ? t("promoCodes.usageOf", { ...words, max: p.maxUses }) : t("promoCodes.usage", words);
  };
  return (
    <div className="grid items-start gap-6 lg:grid-cols-2">
      <Card>
        <h2 className="mb-3 font-semibold">{t("promoCodes.heading")}</h2>
        {promos.length ? (
          <ul className="flex flex-col gap-1 text-sm" data-testid="promo-list">
            {promos.map((p) => (
              <li key={p.code} className="flex flex-wrap justify-between gap-2">
                <span className="font-mono font-medium">
                  {p.code} {p.events === "brand" ? <Badge>{t("promoCodes.brandWide")}</Badge> : null}
                  {p.events !== "brand" && p.events.length > 1 ? (
                    <Badge>{t("promoCodes.events", { count: p.events.length })}</Badge>
                  ) : null}
                </span>
                <span className="text-zinc-600">{usageOf(p)}</span>
              </li>
            ))}
          </ul>
        ) : (
          <EmptyState title={t("promoCodes.noPromo")}>
            {edits ? t("promoCodes.noPromoHint") : t("promoCodes.noPromoYet")}
          </EmptyState>
        )}
      </Card>
      {edits ? (
        <Card>
          <h2 className="mb-4 font-semibold">{t("promoCodes.createCode")}</h2>
          <PromoForm
            action={addPromoAction.bind(null, brand.slug, event.id)}
            products={event.products.map((p) => ({
              id: p.id,
              name: p.name,
              hidden: p.visibility === "hidden",
            }))}
            otherEvents={brandEvents
              .filter((e) => e.id !== event.id)
              .map((e) => ({ id: e.id, name: e.name }))}
          />
        </Card>
      ) : null}
    </div>
  );
}
