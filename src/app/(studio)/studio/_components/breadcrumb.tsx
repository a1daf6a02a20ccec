"use client";
import Link from "next/link";
import { useTranslations } from "use-intl";
import { focusRing } from "./brand-nav";

export type Crumb = { label: string; href?: string };

/** Where this page sits: the last crumb is the page itself, the others lead up. */
export function Breadcrumb({ trail }: { trail: Crumb[] }) {
  const t = useTranslations("studio.shell");
  return (
    <nav aria-label={t("breadcrumb")} className="mb-2 print:hidden">
      <ol className="flex flex-wrap items-center gap-x-1.5 text-sm text-zinc-600">
        {trail.map((c, i) => {
          const last = i === trail.length - 1;
          return (
            <li key={`${i}-${c.label}`} className="flex min-w-0 items-center gap-1.5">
              {i > 0 ? <span aria-hidden>›</span> : null}
              {last ? (
                <span aria-current="page" className="truncate font-medium text-zinc-900">
                  {c.label}
                </span>
              ) : c.href ? (
                <Link href={c.href} className={`truncate rounded hover:underline ${focusRing}`}>
                  {c.label}
                </Link>
              ) : (
                <span className="truncate">{c.label}</span>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
