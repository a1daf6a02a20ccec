// Bundles: packs made of the event's tickets and merch, with their in-bundle prices.
import Link from "next/link";
import { can } from "@/server/distribution";
import { clock } from "@/server/platform/clock";
import { moneyIn } from "@/components/format";
import { Card, EmptyState } from "@/components/ui";
import { addBundleAction } from "./actions";
import { AddBundleForm } from "../_components/add-bundle-form";
import { ProductsTable } from "../_components/products-table";
import { catalogView } from "../_components/catalog-view";
import { eventRoute, type EventParams } from "../_components/event-route";
import { studioLocale, studioT } from "../../../../_lib/locale";

export async function generateMetadata() {
  const t = await studioT("catalog");
  return { title: t("titles.bundles") };
}

export default async function Bundles({ params }: { params: EventParams }) {
  const { brand, role, event, base } = await eventRoute(params, "brand:read");
  const [view, t, locale] = await Promise.all([
    catalogView(brand, event, clock.now()),
    studioT("catalog"),
    studioLocale(),
  ]);
  const money = moneyIn(locale);
  const edits = can(role, "catalog:write");
  const bundles = event.products.filter((p) => p.kind === "bundle");
  const parts = event.products
    .filter((p) => p.kind !== "bundle")
    .map((p) => {
      const price = view.offerById.get(p.id)?.price;
      const shown = price ? money(price.amount, price.currency) : t("bundles.noPrice");
      return { value: p.id, label: p.name, price: shown, variants: p.variants };
    });
  const partsFirst = (
    <Link className="font-medium text-zinc-900 underline" href={`${base}/tickets`}>
      {t("bundles.partsFirst")}
    </Link>
  );
  return (
    <div className="flex flex-col gap-6">
      <Card>
        <h2 className="mb-3 font-semibold">{t("bundles.heading")}</h2>
        {bundles.length === 0 ? (
          <EmptyState title={t("bundles.noBundle")}>
            {!edits ? t("bundles.noBundleYet") : parts.length ? t("bundles.noBundleHint") : partsFirst}
          </EmptyState>
        ) : (
          <ProductsTable
            products={bundles}
            view={view}
            currency={brand.currency}
            productHref={edits ? (id) => `${base}/products/${id}` : null}
          />
        )}
      </Card>
      {edits ? (
        <Card className="max-w-3xl">
          <h2 className="mb-4 font-semibold">{t("bundles.addBundle")}</h2>
          {parts.length === 0 ? (
            <p className="text-sm text-zinc-600">{partsFirst}.</p>
          ) : (
            <AddBundleForm
              action={addBundleAction.bind(null, brand.slug, event.id)}
              parts={parts}
              currency={brand.currency}
            />
          )}
        </Card>
      ) : null}
    </div>
  );
}
