"use client";
import { useEffect, useRef } from "react";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { focusRing } from "../../../../_components/brand-nav";
import { Breadcrumb } from "../../../../_components/breadcrumb";

/** A tab is a route under the event: "" is the Overview, "bundles" is …/bundles. */
export type EventTab = { segment: string; label: string };
/** Pages below a tab (a product's editor, the details form), by their path under the event. */
export type SubPages = Record<string, { tab: string; label: string }>;

type Where = { tab: EventTab | undefined; sub: string | null };

function whereOf(pathname: string, base: string, tabs: EventTab[], subPages: SubPages): Where {
  const rest = pathname.slice(base.length).replace(/^\/|\/$/g, "");
  const sub = subPages[rest];
  if (sub) return { tab: tabs.find((t) => t.segment === sub.tab), sub: sub.label };
  return { tab: tabs.find((t) => t.segment === rest.split("/")[0]), sub: null };
}

const hrefOf = (base: string, tab: EventTab) => (tab.segment ? `${base}/${tab.segment}` : base);

/** Brand › Events › Event › Tab (› the page below it). */
export function EventBreadcrumb({
  brandName,
  eventsHref,
  eventName,
  base,
  tabs,
  subPages,
}: {
  brandName: string;
  eventsHref: string;
  eventName: string;
  base: string;
  tabs: EventTab[];
  subPages: SubPages;
}) {
  const { tab, sub } = whereOf(usePathname(), base, tabs, subPages);
  return (
    <Breadcrumb
      trail={[
        { label: brandName },
        { label: "Events", href: eventsHref },
        { label: eventName, href: base },
        ...(tab ? [{ label: tab.label, href: hrefOf(base, tab) }] : []),
        ...(sub ? [{ label: sub }] : []),
      ]}
    />
  );
}

/**
 * The event's tabs: links to routes, so each can be shared, opened in a new tab and loads only
 * its own data. On a phone the bar scrolls sideways and keeps the current tab in view.
 */
export function EventTabs({ base, tabs, subPages }: { base: string; tabs: EventTab[]; subPages: SubPages }) {
  const pathname = usePathname();
  const { tab: current, sub } = whereOf(pathname, base, tabs, subPages);
  const currentLink = useRef<HTMLAnchorElement>(null);
  useEffect(() => {
    currentLink.current?.scrollIntoView({ block: "nearest", inline: "nearest" });
  }, [pathname]);
  return (
    <nav aria-label="Event" className="-mx-4 overflow-x-auto px-4 sm:mx-0 sm:px-0 print:hidden">
      <ul className="flex min-w-max gap-1 border-b border-zinc-200">
        {tabs.map((t) => {
          const isCurrent = t === current;
          return (
            <li key={t.segment}>
              <Link
                ref={isCurrent ? currentLink : undefined}
                href={hrefOf(base, t)}
                // On the tab itself "page"; on a page below it (a product's editor) "true".
                aria-current={isCurrent ? (sub ? "true" : "page") : undefined}
                className={`-mb-px block rounded-t-md border-b-2 px-3 py-2 text-sm whitespace-nowrap ${focusRing} ${
                  isCurrent
                    ? "border-zinc-900 font-medium text-zinc-900"
                    : "border-transparent text-zinc-600 hover:border-zinc-300 hover:text-zinc-900"
                }`}
              >
                {t.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
