// An event in the Studio: the breadcrumb, its name and dates, and its tabs. Every tab is a route
// of its own below this folder; each page checks its own permission and loads only its own data.
import Link from "next/link";
import { can, type Permission } from "@/server/distribution";
import { PageTitle } from "@/components/ui";
import { StateBadge } from "@/components/state-badge";
import type { StudioMessages } from "@/server/platform/messages";
import { studioBrand, studioEventOr404 } from "../../../_lib/guard";
import { studioT } from "../../../_lib/locale";
import { studioEventDates } from "../_components/event-dates";
import { EventBreadcrumb, EventTabs, type EventTab, type SubPages } from "./_components/event-tabs";

// Smaller than a page's main button: these lead away from the tab, they are not its work.
const headerLink =
  "inline-flex items-center rounded-lg border border-zinc-300 bg-white px-3 py-1.5 text-sm font-medium hover:bg-zinc-50";

/** The tabs, in the order an organizer works: build what is sold, sell it, let people in, look back. */
type TabName = keyof StudioMessages["catalog"]["event"]["tabs"];
const TABS: { segment: string; name: TabName; permission: Permission }[] = [
  { segment: "", name: "overview", permission: "brand:read" },
  { segment: "tickets", name: "tickets", permission: "brand:read" },
  { segment: "bundles", name: "bundles", permission: "brand:read" },
  { segment: "pools", name: "pools", permission: "brand:read" },
  { segment: "promo-codes", name: "promoCodes", permission: "brand:read" },
  { segment: "orders", name: "orders", permission: "brand:read" },
  { segment: "attendees", name: "attendees", permission: "checkin" },
  { segment: "check-in", name: "checkIn", permission: "checkin" },
  { segment: "box-office", name: "boxOffice", permission: "orders:write" },
  { segment: "insights", name: "insights", permission: "brand:read" },
  { segment: "history", name: "history", permission: "brand:read" },
];

export default async function EventLayout({
  children,
  params,
}: {
  children: React.ReactNode;
  params: Promise<{ brand: string; event: string }>;
}) {
  const { brand: slug, event: eventId } = await params;
  // Any member: door staff reach the check-in desk through here; the pages check the rest.
  const [{ brand, role }, t, dates] = await Promise.all([
    studioBrand(slug, null),
    studioT("catalog"),
    studioEventDates(),
  ]);
  const event = await studioEventOr404(brand.id, eventId);
  const base = `/studio/${brand.slug}/events/${event.id}`;
  const tabs: EventTab[] = TABS.filter((tab) => can(role, tab.permission)).map(({ segment, name }) => ({
    segment,
    label: t(`event.tabs.${name}`),
  }));
  const subPages: SubPages = {
    edit: { tab: "", label: t("event.editDetails") },
    ...Object.fromEntries(
      event.products.map((p) => [
        `products/${p.id}`,
        { tab: p.kind === "bundle" ? "bundles" : "tickets", label: p.name },
      ]),
    ),
  };
  const published = event.status === "published";
  return (
    <div className="flex flex-col gap-6">
      <div>
        <EventBreadcrumb
          brandName={brand.name}
          eventsHref={`/studio/${brand.slug}`}
          eventName={event.name}
          base={base}
          tabs={tabs}
          subPages={subPages}
        />
        <div className="flex flex-wrap items-start justify-between gap-x-4">
          <PageTitle
            sub={
              <>
                {dates(event)} ({event.timeZone}) · {event.venue}
              </>
            }
          >
            {event.name} <StateBadge of="event" state={event.status} />
          </PageTitle>
          <div className="mb-4 flex flex-wrap gap-2 sm:mb-6 print:hidden">
            {published ? (
              <Link className={headerLink} href={`/s/${brand.slug}/${event.slug}`}>
                {t("event.viewInShop")}
              </Link>
            ) : null}
            {can(role, "catalog:write") ? (
              <Link className={headerLink} href={`${base}/edit`}>
                {t("event.editDetails")}
              </Link>
            ) : null}
          </div>
        </div>
        <EventTabs base={base} tabs={tabs} subPages={subPages} />
      </div>
      {children}
    </div>
  );
}
