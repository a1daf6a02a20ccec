// History: who changed what in this event, and what happened to its orders.
import Link from "next/link";
import { Card } from "@/components/ui";
import { AuditList } from "../../../_components/audit-list";
import { studioT } from "../../../../_lib/locale";
import { eventRoute, type EventParams } from "../_components/event-route";

export async function generateMetadata() {
  return { title: (await studioT("sales"))("history.title") };
}

export default async function EventHistory({ params }: { params: EventParams }) {
  const { brand, event } = await eventRoute(params, "brand:read");
  const t = await studioT("sales");
  return (
    <Card>
      <div className="mb-3 flex flex-wrap items-baseline justify-between gap-2">
        <h2 className="font-semibold">{t("history.auditLog")}</h2>
        <Link
          href={`/studio/${brand.slug}/insights/audit?stream=event&id=${encodeURIComponent(event.id)}`}
          className="text-sm underline"
        >
          {t("history.filterAndPage")}
        </Link>
      </div>
      <div className="-mx-2 overflow-x-auto px-2">
        <AuditList brandSlug={brand.slug} eventId={event.id} />
      </div>
    </Card>
  );
}
