import { PageTitle } from "@/components/ui";
import { studioBrand } from "../../_lib/guard";
import { catalogOfBrand } from "@/server/offering";
import { OrdersTable } from "../_components/orders-table";
import { studioT } from "../../_lib/locale";

export async function generateMetadata() {
  return { title: (await studioT("sales"))("orders.title") };
}

export default async function Orders({
  params,
  searchParams,
}: {
  params: Promise<{ brand: string }>;
  searchParams: Promise<{ event?: string }>;
}) {
  const { brand: slug } = await params;
  const { event } = await searchParams;
  const { brand } = await studioBrand(slug, "brand:read");
  const t = await studioT("sales");
  const products = (await catalogOfBrand(brand.id)).map((p) => ({ id: p.id, name: p.name }));
  return (
    <div>
      <PageTitle sub={brand.name}>{t("orders.title")}</PageTitle>
      <OrdersTable
        brandSlug={brand.slug}
        eventId={typeof event === "string" && event ? event : undefined}
        products={products}
      />
    </div>
  );
}
