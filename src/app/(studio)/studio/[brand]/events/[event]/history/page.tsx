// History: who changed what in this event, and what happened to its orders.
import { Card } from "@/components/ui";
import { AuditList } from "../../../_components/audit-list";
import { eventRoute, type EventParams } from "../_components/event-route";

export const metadata = { title: "History" };

export default async function EventHistory({ params }: { params: EventParams }) {
  const { brand, event } = await eventRoute(params, "brand:read");
  return (
    <Card>
      <h2 className="mb-3 font-semibold">Audit log</h2>
      <div className="-mx-2 overflow-x-auto px-2">
        <AuditList brandSlug={brand.slug} eventId={event.id} />
      </div>
    </Card>
  );
}
