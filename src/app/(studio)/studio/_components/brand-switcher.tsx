import Link from "next/link";
import { focusRing } from "./brand-nav";
import { studioT } from "../_lib/locale";

type BrandChoice = { slug: string; name: string; primaryColor: string };

const Dot = ({ color }: { color: string }) => (
  <span className="h-3 w-3 shrink-0 rounded-full" style={{ background: color }} aria-hidden />
);

/**
 * The brand this page belongs to, and the others the organizer is a member of: a disclosure of
 * plain links, so it opens with Enter or Space and works before any script has loaded.
 */
export async function BrandSwitcher({ current, brands }: { current: BrandChoice; brands: BrandChoice[] }) {
  const t = await studioT("shell");
  return (
    // A new element per brand: the list is closed again after switching.
    <details key={current.slug} className="group relative min-w-0 flex-1">
      <summary
        className={`flex cursor-pointer list-none items-center gap-2 rounded-lg border border-zinc-200 bg-white px-3 py-2 text-sm font-medium hover:border-zinc-400 [&::-webkit-details-marker]:hidden ${focusRing}`}
      >
        <Dot color={current.primaryColor} />
        <span className="truncate">{current.name}</span>
        <span className="sr-only">{t("switcher.switchBrand")}</span>
        <span className="ml-auto text-zinc-500 group-open:rotate-180" aria-hidden>
          ▾
        </span>
      </summary>
      <div className="absolute z-20 mt-1 w-full min-w-56 rounded-lg border border-zinc-200 bg-white p-1 shadow-lg">
        <ul aria-label={t("switcher.yourBrands")}>
          {brands.map((b) => (
            <li key={b.slug}>
              <Link
                href={`/studio/${b.slug}`}
                aria-current={b.slug === current.slug ? "page" : undefined}
                className={`flex items-center gap-2 rounded-md px-2 py-1.5 text-sm hover:bg-zinc-100 aria-[current=page]:font-semibold ${focusRing}`}
              >
                <Dot color={b.primaryColor} />
                <span className="truncate">{b.name}</span>
              </Link>
            </li>
          ))}
        </ul>
        <Link
          href="/studio"
          className={`mt-1 block border-t border-zinc-100 px-2 py-1.5 text-sm text-zinc-600 hover:bg-zinc-100 ${focusRing}`}
        >
          {t("switcher.allBrands")}
        </Link>
      </div>
    </details>
  );
}
