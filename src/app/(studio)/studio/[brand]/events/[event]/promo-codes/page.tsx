// Promo codes: discounts (and hidden products they unlock) for this event, some brand-wide.
import { can } from "@/server/distribution";
import { studioEvents } from "@/server/offering";
import { promosOf } from "@/server/pricing";
import { Badge, Card, EmptyState } from "@/components/ui";
import { formatMoney } from "@/components/format";
import { addPromoAction } from "./actions";
import { PromoForm } from "../_components/promo-form";
import { eventRoute, type EventParams } from "../_components/event-route";

export const metadata = { title: "Promo codes" };

export default async function PromoCodes({ params }: { params: EventParams }) {
  const { brand, role, event } = await eventRoute(params, "brand:read");
  const edits = can(role, "catalog:write");
  const [promos, brandEvents] = await Promise.all([
    promosOf(brand.id, event.id),
    edits ? studioEvents(brand.id) : [],
  ]);
  const scopeOf = (scope: string) =>
    scope === "cart" ? "the cart" : scope === "bundles" ? "bundles" : "some products";
  return (
    <div className="grid items-start gap-6 lg:grid-cols-2">
      <Card>
        <h2 className="mb-3 font-semibold">Promo codes</h2>
        {promos.length ? (
          <ul className="flex flex-col gap-1 text-sm" data-testid="promo-list">
            {promos.map((p) => (
              <li key={p.code} className="flex flex-wrap justify-between gap-2">
                <span className="font-mono font-medium">
                  {p.code} {p.events === "brand" ? <Badge>brand-wide</Badge> : null}
                  {p.events !== "brand" && p.events.length > 1 ? (
                    <Badge>{p.events.length} events</Badge>
                  ) : null}
                </span>
                <span className="text-zinc-600">
                  {p.kind === "percent" ? `${p.value / 100} %` : formatMoney(p.value, brand.currency)} off{" "}
                  {scopeOf(p.scope)} · used {p.used}
                  {p.maxUses ? ` of ${p.maxUses}` : ""}
                </span>
              </li>
            ))}
          </ul>
        ) : (
          <EmptyState title="No promo code yet">
            {edits
              ? "Create one with the form: a percentage or an amount off, for a while or a number of uses."
              : "Nobody has created a code for this event."}
          </EmptyState>
        )}
      </Card>
      {edits ? (
        <Card>
          <h2 className="mb-4 font-semibold">Create a code</h2>
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
