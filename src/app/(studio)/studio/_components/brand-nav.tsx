"use client";
import { useState, type ReactNode } from "react";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { useTranslations } from "use-intl";

export type BrandNavItem = {
  href: string;
  label: string;
  /** Paths below `href` that belong to this area too (Events owns `/events/…`). */
  section?: string;
};

/** "page" on the area's own page, "true" anywhere inside it (an order under Orders). */
function currentOf(item: BrandNavItem, pathname: string): "page" | "true" | undefined {
  if (pathname === item.href) return "page";
  const within = item.section ?? item.href;
  if (pathname.startsWith(`${within}/`) || pathname === within) return "true";
  return undefined;
}

export const focusRing =
  "focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-zinc-900";

/**
 * The brand's areas. On a wide screen a sidebar; on a phone folded behind a Menu button, which
 * folds again once a link is followed (the menu remembers the page it was opened on).
 */
export function BrandNav({ items, switcher }: { items: BrandNavItem[]; switcher: ReactNode }) {
  const t = useTranslations("studio.shell.nav");
  const pathname = usePathname();
  const [openOn, setOpenOn] = useState<string | null>(null);
  const open = openOn === pathname;
  return (
    <div className="flex flex-col gap-3 print:hidden">
      <div className="flex items-center justify-between gap-2">
        {switcher}
        <button
          type="button"
          className={`rounded-lg border border-zinc-300 bg-white px-3 py-2 text-sm font-medium md:hidden ${focusRing}`}
          aria-expanded={open}
          aria-controls="brand-nav"
          onClick={() => setOpenOn(open ? null : pathname)}
        >
          {open ? t("closeMenu") : t("menu")}
        </button>
      </div>
      <nav id="brand-nav" aria-label={t("label")} className={`${open ? "block" : "hidden"} md:block`}>
        <ul className="flex flex-col gap-0.5">
          {items.map((item) => {
            const current = currentOf(item, pathname);
            return (
              <li key={item.href}>
                <Link
                  href={item.href}
                  aria-current={current}
                  className={`block rounded-lg px-3 py-2 text-sm ${focusRing} ${
                    current ? "bg-zinc-900 font-medium text-white" : "text-zinc-700 hover:bg-zinc-100"
                  }`}
                >
                  {item.label}
                </Link>
              </li>
            );
          })}
        </ul>
      </nav>
    </div>
  );
}
