"use client";
import { useEffect, useRef, useState } from "react";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { useTranslations } from "use-intl";
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
  const t = useTranslations("studio.catalog.event");
  const { tab, sub } = whereOf(usePathname(), base, tabs, subPages);
  return (
    <Breadcrumb
      trail={[
        { label: brandName },
        { label: t("events"), href: eventsHref },
        { label: eventName, href: base },
        ...(tab ? [{ label: tab.label, href: hrefOf(base, tab) }] : []),
        ...(sub ? [{ label: sub }] : []),
      ]}
    />
  );
}

/** Whether the bar hides tabs to its left and to its right (a phone's bar scrolls sideways). */
function useHiddenEdges(bar: React.RefObject<HTMLElement | null>, pathname: string) {
  const [edges, setEdges] = useState({ left: false, right: false });
  useEffect(() => {
    const el = bar.current;
    if (!el) return;
    const measure = () =>
      setEdges({
        left: el.scrollLeft > 1,
        right: el.scrollLeft + el.clientWidth < el.scrollWidth - 1,
      });
    measure();
    el.addEventListener("scroll", measure, { passive: true });
    const resized = new ResizeObserver(measure);
    resized.observe(el);
    return () => {
      el.removeEventListener("scroll", measure);
      resized.disconnect();
    };
  }, [bar, pathname]);
  return edges;
}

/** A fade over the bar's edge where more tabs are hidden: the sign that it scrolls. */
const Fade = ({ side }: { side: "left" | "right" }) => (
  <span
    aria-hidden
    className={`pointer-events-none absolute inset-y-0 flex w-10 items-center text-zinc-500 sm:hidden ${
      side === "left"
        ? "left-0 justify-start bg-gradient-to-r from-zinc-50 from-40% pl-1"
        : "right-0 justify-end bg-gradient-to-l from-zinc-50 from-40% pr-1"
    }`}
  >
    {side === "left" ? "‹" : "›"}
  </span>
);

/**
 * The event's tabs: links to routes, so each can be shared, opened in a new tab and loads only
 * its own data. From a tablet up every tab is in sight (the bar wraps when the window is too
 * narrow for one row); on a phone the bar scrolls sideways, keeps the current tab in view and
 * fades at an edge that hides more tabs.
 */
export function EventTabs({ base, tabs, subPages }: { base: string; tabs: EventTab[]; subPages: SubPages }) {
  const t = useTranslations("studio.catalog.event");
  const pathname = usePathname();
  const { tab: current, sub } = whereOf(pathname, base, tabs, subPages);
  const currentLink = useRef<HTMLAnchorElement>(null);
  const bar = useRef<HTMLDivElement>(null);
  const hidden = useHiddenEdges(bar, pathname);
  useEffect(() => {
    currentLink.current?.scrollIntoView({ block: "nearest", inline: "nearest" });
  }, [pathname]);
  return (
    <nav aria-label={t("tabsLabel")} className="relative -mx-4 sm:mx-0 print:hidden">
      {/* scroll-px: the current tab, scrolled into view, stops clear of the fades; py: a scrolling
          box clips what sticks out of it, and the focus ring is drawn 2 px outside the link. */}
      <div ref={bar} className="scroll-px-10 overflow-x-auto px-4 py-1 sm:overflow-visible sm:px-0 sm:py-0">
        <ul className="flex min-w-max gap-0.5 border-b border-zinc-200 sm:min-w-0 sm:flex-wrap">
          {tabs.map((t) => {
            const isCurrent = t === current;
            return (
              <li key={t.segment}>
                <Link
                  ref={isCurrent ? currentLink : undefined}
                  href={hrefOf(base, t)}
                  // On the tab itself "page"; on a page below it (a product's editor) "true".
                  aria-current={isCurrent ? (sub ? "true" : "page") : undefined}
                  className={`-mb-px block rounded-t-md border-b-2 px-2.5 py-2 text-sm whitespace-nowrap ${focusRing} ${
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
      </div>
      {hidden.left ? <Fade side="left" /> : null}
      {hidden.right ? <Fade side="right" /> : null}
    </nav>
  );
}
