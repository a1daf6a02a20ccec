import Link from "next/link";
import { studioEvents } from "@/server/offering";
import { salesOverview } from "@/server/checkout";
import { Card, EmptyState, PageTitle, buttonClass } from "@/components/ui";
import { StateBadge } from "@/components/state-badge";
import { moneyIn } from "@/components/format";
import { studioBrand } from "../_lib/guard";
import { studioLocale, studioT } from "../_lib/locale";
import { studioEventDates } from "./events/_components/event-dates";
import { can, type BrandRecord } from "@/server/distribution";

type Words = Awaited<ReturnType<typeof studioT<"catalog">>>;

/** Door staff see only the events they can check fans in to. */
function DoorHome({
  brand,
  events,
  t,
  dates,
}: {
  brand: BrandRecord;
  events: Awaited<ReturnType<typeof studioEvents>>;
  t: Words;
  dates: EventDates;
}) {
  return (
    <div className="flex flex-col gap-6">
      <PageTitle sub={t("home.doorSub")}>{brand.name}</PageTitle>
      {events.length === 0 ? (
        <EmptyState title={t("home.noEventOnSale")}>{t("home.appearOncePublished")}</EmptyState>
      ) : (
        <ul className="grid gap-4 sm:grid-cols-2">
          {events.map((e) => (
            <li key={e.id}>
              <Card>
                <p className="text-lg font-semibold">{e.name}</p>
                <p className="mb-3 text-sm text-zinc-600">
                  {dates(e)} · {e.venue}
                </p>
                <Link className={buttonClass} href={`/studio/${brand.slug}/events/${e.id}/check-in`}>
                  {t("home.checkInFans")}
                </Link>
              </Card>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

type EventDates = Awaited<ReturnType<typeof studioEventDates>>;

const channelLabel = (c: string, t: Words) =>
  c === "shop"
    ? t("home.channels.shop")
    : c === "box_office"
      ? t("home.channels.boxOffice")
      : c === "embed"
        ? t("home.channels.embed")
        : c.startsWith("embed:")
          ? t("home.channels.embedOn", { site: c.slice(6) })
          : c;

export default async function BrandHome({ params }: { params: Promise<{ brand: string }> }) {
  const { brand: slug } = await params;
  const [{ brand, role }, t, shell, locale, dates] = await Promise.all([
    studioBrand(slug, null),
    studioT("catalog"),
    studioT("shell"),
    studioLocale(),
    studioEventDates(),
  ]);
  const money = moneyIn(locale);
  if (!can(role, "brand:read"))
    return (
      <DoorHome
        brand={brand}
        events={(await studioEvents(brand.id)).filter((e) => e.status === "published")}
        t={t}
        dates={dates}
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
          sub={t.rich("home.sub", {
            address: `/s/${brand.slug}`,
            role: shell(`roles.${role}.asRole`),
            link: (address) => (
              <Link className="underline" href={`/s/${brand.slug}`}>
                {address}
              </Link>
            ),
          })}
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
            {t("home.newEvent")}
          </Link>
        ) : null}
      </div>
      {events.length === 0 ? (
        <EmptyState title={t("home.noEventsYet")}>
          {can(role, "catalog:write") ? t("home.startWithNewEvent") : t("home.appearOnceCreated")}
        </EmptyState>
      ) : (
        <div className="grid gap-4 sm:grid-cols-2">
          {events.map((e) => {
            const s = sales[e.id];
            return (
              <Card key={e.id}>
                <div className="flex items-start justify-between gap-2">
                  <Link
                    href={`/studio/${brand.slug}/events/${e.id}`}
                    className="text-lg font-semibold hover:underline"
                  >
                    {e.name}
                  </Link>
                  <StateBadge of="event" state={e.status} />
                </div>
                <p className="text-sm text-zinc-600">
                  {dates(e)} · {e.venue}
                </p>
                <p className="mt-3 text-sm" data-testid="event-sales">
                  {s
                    ? t("home.sales", {
                        tickets: s.tickets,
                        orders: s.orders,
                        revenue: money(s.revenue, s.currency),
                      })
                    : t("home.noSalesYet")}
                </p>
              </Card>
            );
          })}
        </div>
      )}
      {channels.length > 0 ? (
        <Card>
          <h2 className="mb-3 font-semibold">{t("home.salesByChannel")}</h2>
          <table className="w-full text-sm" data-testid="sales-by-channel">
            <thead className="text-left text-zinc-500">
              <tr>
                <th className="py-1 font-medium">{t("home.channel")}</th>
                <th className="py-1 text-right font-medium">{t("home.orders")}</th>
                <th className="py-1 text-right font-medium">{t("home.revenue")}</th>
              </tr>
            </thead>
            <tbody>
              {channels.map((c) => (
                <tr key={`${c.channel}-${c.currency}`} className="border-t border-zinc-100">
                  <td className="py-1.5">{channelLabel(c.channel, t)}</td>
                  <td className="py-1.5 text-right">{c.orders}</td>
                  <td className="py-1.5 text-right">{money(c.revenueMinor, c.currency)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </Card>
      ) : null}
    </div>
  );
}
