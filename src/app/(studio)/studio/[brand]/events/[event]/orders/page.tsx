// The event's orders: the brand's orders list, narrowed to this event.
import Link from "next/link";
import { Alert } from "@/components/ui";
import { OrdersTable } from "../../../_components/orders-table";
import { studioT } from "../../../../_lib/locale";
import { eventRoute, type EventParams } from "../_components/event-route";

export async function generateMetadata() {
  return { title: (await studioT("sales"))("orders.title") };
}

export default async function EventOrders({ params }: { params: EventParams }) {
  const { brand, event, base } = await eventRoute(params, "brand:read");
  const t = await studioT("sales");
  return (
    <div className="flex flex-col gap-4">
      {event.status === "published" ? null : (
        <Alert tone="amber">
          {t("orders.draft")}{" "}
          <Link className="font-medium underline" href={base}>
            {t("publishFromOverview")}
          </Link>
          .
        </Alert>
      )}
      <OrdersTable
        brandSlug={brand.slug}
        eventId={event.id}
        products={event.products.map((p) => ({ id: p.id, name: p.name }))}
      />
    </div>
  );
}
