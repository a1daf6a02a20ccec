// Tickets & merch: what the event sells one by one, and the form that adds more.
import { can } from "@/server/distribution";
import { clock } from "@/server/platform/clock";
import { Card, EmptyState } from "@/components/ui";
import { addProductAction } from "./actions";
import { AddProductForm } from "../_components/add-product-form";
import { ProductsTable } from "../_components/products-table";
import { catalogView, eventPools } from "../_components/catalog-view";
import { eventRoute, type EventParams } from "../_components/event-route";
import { studioT } from "../../../../_lib/locale";

export async function generateMetadata() {
  const t = await studioT("catalog");
  return { title: t("titles.tickets") };
}

export default async function TicketsAndMerch({ params }: { params: EventParams }) {
  const { brand, role, event, base } = await eventRoute(params, "brand:read");
  const now = clock.now();
  const [view, t] = await Promise.all([catalogView(brand, event, now), studioT("catalog")]);
  const edits = can(role, "catalog:write");
  const products = event.products.filter((p) => p.kind !== "bundle");
  return (
    <div className="flex flex-col gap-6">
      <Card>
        <h2 className="mb-3 font-semibold">{t("tickets.heading")}</h2>
        {products.length === 0 ? (
          <EmptyState title={t("tickets.noTicketType")}>
            {edits ? t("tickets.addTicketTypeHint") : t("tickets.noTicketTypeYet")}
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
          <h2 className="mb-4 font-semibold">{t("tickets.addProduct")}</h2>
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
