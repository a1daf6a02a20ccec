// The attendee list: every ticket of the event, who holds it, and whether they are in.
import Link from "next/link";
import { attendeesOfEvent } from "@/server/fulfillment";
import { ordersByIds } from "@/server/checkout";
import { Badge, Card, EmptyState, secondaryButtonClass } from "@/components/ui";
import { formatDateTime } from "@/components/format";
import { eventRoute, type EventParams } from "../_components/event-route";

export const metadata = { title: "Attendees" };

export default async function Attendees({
  params,
  searchParams,
}: {
  params: EventParams;
  searchParams: Promise<{ q?: string }>;
}) {
  const { q } = await searchParams;
  const { brand, event, base } = await eventRoute(params, "checkin");
  const all = await attendeesOfEvent(brand.id, event.id);
  const orders = new Map(
    (await ordersByIds(brand.id, [...new Set(all.map((a) => a.orderId))])).map((o) => [o.id, o]),
  );
  const needle = (typeof q === "string" ? q : "").trim().toLowerCase();
  const shown = needle
    ? all.filter((a) =>
        [
          a.attendeeName,
          a.productName,
          orders.get(a.orderId)?.reference ?? "",
          orders.get(a.orderId)?.buyerEmail ?? "",
        ].some((x) => x.toLowerCase().includes(needle)),
      )
    : all;
  const inside = all.filter((a) => a.status === "valid" && a.checkedInAt).length;
  const valid = all.filter((a) => a.status === "valid").length;
  return (
    <div className="flex flex-col gap-6">
      <p className="text-sm text-zinc-600">
        {valid} valid tickets · {inside} checked in
      </p>
      <div className="flex flex-wrap items-end gap-3">
        <form method="get" className="flex items-end gap-2">
          <label className="flex flex-col gap-1 text-sm font-medium">
            Search
            <input
              name="q"
              defaultValue={needle}
              placeholder="Name, e-mail, order, ticket type"
              className="rounded-lg border border-zinc-300 px-3 py-2 font-normal"
            />
          </label>
          <button className={secondaryButtonClass} type="submit">
            Search
          </button>
        </form>
        <a className={secondaryButtonClass} href={`${base}/attendees.csv`} download>
          Door list (CSV)
        </a>
      </div>
      {shown.length === 0 ? (
        <EmptyState title={needle ? "No attendee matches" : "No tickets yet"}>
          {needle
            ? "Try a part of the name, the e-mail or the order reference."
            : "Tickets appear here as orders are paid."}
        </EmptyState>
      ) : (
        <Card>
          <div className="-mx-2 overflow-x-auto px-2">
            <table className="w-full min-w-[32rem] text-left text-sm" data-testid="attendees">
              <thead className="text-zinc-500">
                <tr>
                  <th className="py-1">Attendee</th>
                  <th>Ticket</th>
                  <th>Order</th>
                  <th>Status</th>
                </tr>
              </thead>
              <tbody>
                {shown.map((a) => {
                  const o = orders.get(a.orderId);
                  return (
                    <tr key={a.ticketId} className="border-t border-zinc-100">
                      <td className="py-1.5">{a.attendeeName}</td>
                      <td>{a.productName}</td>
                      <td>
                        {o ? (
                          <Link className="font-mono underline" href={`/studio/${brand.slug}/orders/${o.id}`}>
                            {o.reference}
                          </Link>
                        ) : (
                          "—"
                        )}
                      </td>
                      <td>
                        {a.status === "void" ? (
                          <Badge tone="red">refunded</Badge>
                        ) : a.checkedInAt ? (
                          <Badge tone="green">in · {formatDateTime(a.checkedInAt, event.timeZone)}</Badge>
                        ) : (
                          <Badge>expected</Badge>
                        )}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        </Card>
      )}
    </div>
  );
}
