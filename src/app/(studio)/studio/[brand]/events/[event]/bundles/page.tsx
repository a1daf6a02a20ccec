// Bundles: packs made of the event's tickets and merch, with their in-bundle prices.
import Link from "next/link";
import { can } from "@/server/distribution";
import { clock } from "@/server/platform/clock";
import { formatMoney } from "@/components/format";
import { Card, EmptyState } from "@/components/ui";
import { addBundleAction } from "./actions";
import { AddBundleForm } from "../_components/add-bundle-form";
import { ProductsTable } from "../_components/products-table";
import { catalogView } from "../_components/catalog-view";
import { eventRoute, type EventParams } from "../_components/event-route";

export const metadata = { title: "Bundles" };

export default async function Bundles({ params }: { params: EventParams }) {
  const { brand, role, event, base } = await eventRoute(params, "brand:read");
  const view = await catalogView(brand, event, clock.now());
  const edits = can(role, "catalog:write");
  const bundles = event.products.filter((p) => p.kind === "bundle");
  const parts = event.products
    .filter((p) => p.kind !== "bundle")
    .map((p) => {
      const price = view.offerById.get(p.id)?.price;
      const shown = price ? formatMoney(price.amount, price.currency) : "no price";
      return { value: p.id, label: p.name, price: shown, variants: p.variants };
    });
  const partsFirst = (
    <Link className="font-medium text-zinc-900 underline" href={`${base}/tickets`}>
      Add the tickets or merch a bundle is made of first
    </Link>
  );
  return (
    <div className="flex flex-col gap-6">
      <Card>
        <h2 className="mb-3 font-semibold">Bundles</h2>
        {bundles.length === 0 ? (
          <EmptyState title="No bundle yet">
            {!edits
              ? "The organizers have not made a bundle."
              : parts.length
                ? "A bundle sells several products as one, at its own price: make one with the form."
                : partsFirst}
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
          <h2 className="mb-4 font-semibold">Add a bundle</h2>
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
