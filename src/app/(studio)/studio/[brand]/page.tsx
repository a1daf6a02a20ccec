import Link from "next/link";
import { studioEvents } from "@/server/offering";
import { salesOverview } from "@/server/checkout";
import { Badge, Card, EmptyState, PageTitle, buttonClass } from "@/components/ui";
import { formatEventDates, formatMoney, plural } from "@/components/format";
import { stateLabel } from "@/components/labels";
import { studioBrand } from "../_lib/guard";
import { studioT } from "../_lib/locale";
import { can, ROLE_LABELS, type BrandRecord } from "@/server/distribution";

/** Door staff see only the events they can check fans in to. */
function DoorHome({
  brand,
  events,
}: {
  brand: BrandRecord;
  events: Awaited<ReturnType<typeof studioEvents>>;
}) {
  return (
    <div className="flex flex-col gap-6">
      <PageTitle sub="You are door staff: pick the event to check fans in.">{brand.name}</PageTitle>
      {events.length === 0 ? (
        <EmptyState title="No event on sale">Events appear here once they are published.</EmptyState>
      ) : (
        <ul className="grid gap-4 sm:grid-cols-2">
          {events.map((e) => (
            <li key={e.id}>
              <Card>
                <p className="text-lg font-semibold">{e.name}</p>
                <p className="mb-3 text-sm text-zinc-600">
                  {formatEventDates(e.startsAt, e.endsAt, e.timeZone)} · {e.venue}
                </p>
                <Link className={buttonClass} href={`/studio/${brand.slug}/events/${e.id}/check-in`}>
                  Check in fans
                </Link>
              </Card>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

const channelLabel = (c: string) =>
  c === "shop"
    ? "Shop"
    : c === "box_office"
      ? "Box office"
      : c === "embed"
        ? "Embed (unknown site)"
        : c.startsWith("embed:")
          ? `Embed on ${c.slice(6)}`
          : c;

export default async function BrandHome({ params }: { params: Promise<{ brand: string }> }) {
  const { brand: slug } = await params;
  const { brand, role } = await studioBrand(slug, null);
  const common = await studioT("common");
  if (!can(role, "brand:read"))
    return (
      <DoorHome
        brand={brand}
        events={(await studioEvents(brand.id)).filter((e) => e.status === "published")}
      />
    );
  // One read for both the event cards and the channel table, so they always agree.
  const [events, { byEvent: sales, byChannel: channels }] = await Promise.all([
    studioEvents(brand.id),
    salesOverview(brand.id),
  ]);
  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-wrap items-start justify-between gap-4">
        <PageTitle
          sub={
            <>
              Shop:{" "}
              <Link className="underline" href={`/s/${brand.slug}`}>
                /s/{brand.slug}
              </Link>{" "}
              · you are {ROLE_LABELS[role].label.toLowerCase()}
            </>
          }
        >
          <span
            className="mr-2 inline-block h-4 w-4 rounded-full align-middle"
            style={{ background: brand.primaryColor }}
            aria-hidden
          />
          {brand.name}
        </PageTitle>
        {can(role, "catalog:write") ? (
          <Link className={buttonClass} href={`/studio/${brand.slug}/events/new`}>
            New event
          </Link>
        ) : null}
      </div>
      {events.length === 0 ? (
        <EmptyState title="No events yet">
          {can(role, "catalog:write")
            ? "Start with New event: name it and say when and where; then add a ticket type and publish it."
            : "Events appear here once the organizers create them."}
        </EmptyState>
      ) : (
        <div className="grid gap-4 sm:grid-cols-2">
          {events.map((e) => {
            const s = sales[e.id];
            const state = stateLabel(common, "event", e.status);
            return (
              <Card key={e.id}>
                <div className="flex items-start justify-between gap-2">
                  <Link
                    href={`/studio/${brand.slug}/events/${e.id}`}
                    className="text-lg font-semibold hover:underline"
                  >
                    {e.name}
                  </Link>
                  <Badge tone={state.tone}>{state.label}</Badge>
                </div>
                <p className="text-sm text-zinc-600">
                  {formatEventDates(e.startsAt, e.endsAt, e.timeZone)} · {e.venue}
                </p>
                <p className="mt-3 text-sm" data-testid="event-sales">
                  {s ? (
                    <>
                      {plural(s.tickets, "ticket")} · {plural(s.orders, "order")} ·{" "}
                      {formatMoney(s.revenue, s.currency)}
                    </>
                  ) : (
                    "No sales yet"
                  )}
                </p>
              </Card>
            );
          })}
        </div>
      )}
      {channels.length > 0 ? (
        <Card>
          <h2 className="mb-3 font-semibold">Sales by channel</h2>
          <table className="w-full text-sm" data-testid="sales-by-channel">
            <thead className="text-left text-zinc-500">
              <tr>
                <th className="py-1 font-medium">Channel</th>
                <th className="py-1 text-right font-medium">Orders</th>
                <th className="py-1 text-right font-medium">Revenue</th>
              </tr>
            </thead>
            <tbody>
              {channels.map((c) => (
                <tr key={`${c.channel}-${c.currency}`} className="border-t border-zinc-100">
                  <td className="py-1.5">{channelLabel(c.channel)}</td>
                  <td className="py-1.5 text-right">{c.orders}</td>
                  <td className="py-1.5 text-right">{formatMoney(c.revenueMinor, c.currency)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </Card>
      ) : null}
    </div>
  );
}
