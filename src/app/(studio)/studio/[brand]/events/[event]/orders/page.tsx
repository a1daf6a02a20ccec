// The event's orders: the brand's orders list, narrowed to this event.
import Link from "next/link";
import { Alert } from "@/components/ui";
import { OrdersTable } from "../../../_components/orders-table";
import { eventRoute, type EventParams } from "../_components/event-route";

export const metadata = { title: "Orders" };

export default async function EventOrders({ params }: { params: EventParams }) {
  const { brand, event, base } = await eventRoute(params, "brand:read");
  return (
    <div className="flex flex-col gap-4">
      {event.status === "published" ? null : (
        <Alert tone="amber">
          This event is a draft: fans can order once it is published.{" "}
          <Link className="font-medium underline" href={base}>
            Publish it from the Overview
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
