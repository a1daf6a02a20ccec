// Tickets & merch: what the event sells one by one, and the form that adds more.
import { can } from "@/server/distribution";
import { clock } from "@/server/platform/clock";
import { Card, EmptyState } from "@/components/ui";
import { addProductAction } from "./actions";
import { AddProductForm } from "../_components/add-product-form";
import { ProductsTable } from "../_components/products-table";
import { catalogView, eventPools } from "../_components/catalog-view";
import { eventRoute, type EventParams } from "../_components/event-route";

export const metadata = { title: "Tickets & merch" };

export default async function TicketsAndMerch({ params }: { params: EventParams }) {
  const { brand, role, event, base } = await eventRoute(params, "brand:read");
  const now = clock.now();
  const view = await catalogView(brand, event, now);
  const edits = can(role, "catalog:write");
  const products = event.products.filter((p) => p.kind !== "bundle");
  return (
    <div className="flex flex-col gap-6">
      <Card>
        <h2 className="mb-3 font-semibold">Tickets, merch and add-ons</h2>
        {products.length === 0 ? (
          <EmptyState title="No ticket type yet">
            {edits
              ? "Add a ticket type to start selling: give it a name, a price and a capacity."
              : "The organizers have not added a ticket type yet."}
          </EmptyState>
        ) : (
          <ProductsTable
            products={products}
            view={view}
            currency={brand.currency}
            productHref={edits ? (id) => `${base}/products/${id}` : null}
          />
        )}
      </Card>
      {edits ? (
        <Card className="max-w-2xl">
          <h2 className="mb-4 font-semibold">Add a product</h2>
          <AddProductForm
            action={addProductAction.bind(null, brand.slug, event.id)}
            currency={brand.currency}
            tickets={products.filter((p) => p.kind === "ticket").map((p) => ({ id: p.id, name: p.name }))}
            pools={await eventPools(brand.id, event, now, view.labelOf)}
          />
        </Card>
      ) : null}
    </div>
  );
}
