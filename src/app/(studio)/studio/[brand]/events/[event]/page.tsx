import Link from "next/link";
import { notFound } from "next/navigation";
import { studioEvent } from "@/server/offering";
import { availability, } from "@/server/inventory";
import { prices } from "@/server/pricing";
import { isDomainError } from "@/server/platform/errors";
import { clock } from "@/server/platform/clock";
import { ActionForm } from "@/components/action-form";
import { Badge, Card, EmptyState, Field, PageTitle, secondaryButtonClass } from "@/components/ui";
import { formatDateTime, formatMoney } from "@/components/format";
import { addTicketTypeAction, publishEventAction } from "../../../actions";
import { studioBrand } from "../../../_lib/guard";
import { AuditList } from "../../_components/audit-list";

export default async function EventPage({ params }: { params: Promise<{ brand: string; event: string }> }) {
  const { brand: slug, event: eventId } = await params;
  const { brand } = await studioBrand(slug, "brand:read");
  const event = await studioEvent(brand.id, eventId).catch((e) => {
    if (isDomainError(e)) notFound();
    throw e;
  });
  const ids = event.products.map((p) => p.id);
  const [left, price] = await Promise.all([availability(brand.id, ids, clock.now()), prices(brand.id, ids)]);
  const published = event.status === "published";
  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-wrap items-start justify-between gap-4">
        <PageTitle sub={<>{formatDateTime(event.startsAt, event.timeZone, { dateStyle: "full", timeStyle: "short" })} ({event.timeZone}) · {event.venue}</>}>
          {event.name} <Badge tone={published ? "green" : "amber"}>{published ? "on sale" : "draft"}</Badge>
        </PageTitle>
        <nav className="flex flex-wrap gap-2">
          {published ? <Link className={secondaryButtonClass} href={`/s/${brand.slug}/${event.slug}`}>View in shop</Link> : null}
          <Link className={secondaryButtonClass} href={`/studio/${brand.slug}/orders?event=${event.id}`}>Orders</Link>
          <Link className={secondaryButtonClass} href={`/studio/${brand.slug}/events/${event.id}/check-in`}>Check-in</Link>
        </nav>
      </div>
      <div className="grid gap-6 md:grid-cols-[1fr_20rem]">
        <Card>
          <h2 className="mb-3 font-semibold">Ticket types</h2>
          {event.products.length === 0 ? (
            <EmptyState title="No ticket types yet">Add one on the right — then publish.</EmptyState>
          ) : (
            <table className="w-full text-left text-sm">
              <thead className="text-zinc-500"><tr><th className="py-2">Name</th><th>Price</th><th>Available now</th></tr></thead>
              <tbody>
                {event.products.map((p) => (
                  <tr key={p.id} className="border-t border-zinc-100">
                    <td className="py-2 font-medium">{p.name}</td>
                    <td>{price[p.id] ? formatMoney(price[p.id]!.amount, price[p.id]!.currency) : "—"}</td>
                    <td>{left[p.id] ?? 0}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {!published ? (
            <div className="mt-6 border-t border-zinc-100 pt-4">
              <ActionForm action={publishEventAction.bind(null, brand.slug, event.id)} submit="Publish event" pendingLabel="Publishing…" className="flex flex-col gap-3">
                <p className="text-sm text-zinc-600">Publishing puts the event on sale at /s/{brand.slug}/{event.slug}.</p>
              </ActionForm>
            </div>
          ) : (
            <p className="mt-6 border-t border-zinc-100 pt-4 text-sm text-zinc-700" role="status">
              On sale at <Link className="font-medium underline" href={`/s/${brand.slug}/${event.slug}`}>/s/{brand.slug}/{event.slug}</Link>
            </p>
          )}
        </Card>
        <Card>
          <h2 className="mb-4 font-semibold">Add a ticket type</h2>
          <ActionForm action={addTicketTypeAction.bind(null, brand.slug, event.id)} submit="Add ticket type" pendingLabel="Adding…">
            <Field label="Name" name="name" placeholder="General admission" required />
            <Field label={`Price (${brand.currency})`} name="price" type="number" step="0.01" min="0" placeholder="25.00" required />
            <Field label="Capacity" name="capacity" type="number" step="1" min="1" placeholder="200" required />
            <Field label="Max per order" name="maxPerOrder" type="number" step="1" min="1" defaultValue="10" />
          </ActionForm>
        </Card>
      </div>
      <Card>
        <h2 className="mb-3 font-semibold">Audit log</h2>
        <AuditList brandSlug={brand.slug} eventId={event.id} />
      </Card>
    </div>
  );
}
