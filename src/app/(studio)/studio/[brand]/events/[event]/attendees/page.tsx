// The attendee list: every ticket of the event, who holds it, and whether they are in.
import Link from "next/link";
import { attendeesOfEvent } from "@/server/fulfillment";
import { ordersByIds } from "@/server/checkout";
import { Badge, Card, EmptyState, secondaryButtonClass } from "@/components/ui";
import { formatDateTime } from "@/components/format";
import { studioLocale, studioT } from "../../../../_lib/locale";
import { eventRoute, type EventParams } from "../_components/event-route";

export async function generateMetadata() {
  return { title: (await studioT("sales"))("attendees.title") };
}

export default async function Attendees({
  params,
  searchParams,
}: {
  params: EventParams;
  searchParams: Promise<{ q?: string }>;
}) {
  const { q } = await searchParams;
  const { brand, event, base } = await eventRoute(params, "checkin");
  const [t, locale] = await Promise.all([studioT("sales"), studioLocale()]);
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
      <p className="text-sm text-zinc-600">{t("attendees.counts", { valid, inside })}</p>
      <div className="flex flex-wrap items-end gap-3">
        <form method="get" className="flex items-end gap-2">
          <label className="flex flex-col gap-1 text-sm font-medium">
            {t("attendees.search")}
            <input
              name="q"
              defaultValue={needle}
              placeholder={t("attendees.searchPlaceholder")}
              className="rounded-lg border border-zinc-300 px-3 py-2 font-normal"
            />
          </label>
          <button className={secondaryButtonClass} type="submit">
            {t("attendees.search")}
          </button>
        </form>
        <a className={secondaryButtonClass} href={`${base}/attendees.csv`} download>
          {t("attendees.doorList")}
        </a>
      </div>
      {shown.length === 0 ? (
        <EmptyState title={needle ? t("attendees.noneMatch") : t("attendees.noTickets")}>
          {needle ? t("attendees.tryPart") : t("attendees.appearHere")}
        </EmptyState>
      ) : (
        <Card>
          <div className="-mx-2 overflow-x-auto px-2">
            <table className="w-full min-w-[32rem] text-left text-sm" data-testid="attendees">
              <thead className="text-zinc-500">
                <tr>
                  <th className="py-1">{t("attendees.attendee")}</th>
                  <th>{t("attendees.ticket")}</th>
                  <th>{t("attendees.order")}</th>
                  <th>{t("attendees.status")}</th>
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
                          <Badge tone="red">{t("attendees.refunded")}</Badge>
                        ) : a.checkedInAt ? (
                          <Badge tone="green">
                            {t("attendees.in", {
                              at: formatDateTime(a.checkedInAt, event.timeZone, undefined, locale),
                            })}
                          </Badge>
                        ) : (
                          <Badge>{t("attendees.expected")}</Badge>
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
