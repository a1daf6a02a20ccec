// History: who changed what in this event, and what happened to its orders.
import Link from "next/link";
import { Card } from "@/components/ui";
import { AuditList } from "../../../_components/audit-list";
import { eventRoute, type EventParams } from "../_components/event-route";

export const metadata = { title: "History" };

export default async function EventHistory({ params }: { params: EventParams }) {
  const { brand, event } = await eventRoute(params, "brand:read");
  return (
    <Card>
      <div className="mb-3 flex flex-wrap items-baseline justify-between gap-2">
        <h2 className="font-semibold">Audit log</h2>
        <Link
          href={`/studio/${brand.slug}/insights/audit?stream=event&id=${encodeURIComponent(event.id)}`}
          className="text-sm underline"
        >
          Filter and page through it
        </Link>
      </div>
      <div className="-mx-2 overflow-x-auto px-2">
        <AuditList brandSlug={brand.slug} eventId={event.id} />
      </div>
    </Card>
  );
}
