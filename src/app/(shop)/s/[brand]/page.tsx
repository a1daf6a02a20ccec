import Link from "next/link";
import { shopBrand } from "@/server/distribution";
import { clock } from "@/server/platform/clock";
import { shopEvents } from "@/server/offering";
import { EmptyState } from "@/components/ui";
import { formatEventDates } from "@/components/format";
import { localeOfPage, translatorFor, type FanPage } from "./_lib/locale";

export default async function BrandShop({ params }: { params: Promise<FanPage> }) {
  const page = await params;
  const locale = await localeOfPage(page);
  const t = translatorFor(locale);
  const brand = await shopBrand(page.brand);
  const events = await shopEvents(brand.id, clock.now(), locale);
  return (
    <div>
      <h1 className="mb-6 text-3xl font-bold tracking-tight">{t("shop.upcoming")}</h1>
      {events.length === 0 ? (
        <EmptyState title={t("shop.nothingOnSale")}>{t("shop.checkBack")}</EmptyState>
      ) : (
        <ul className="flex flex-col gap-4">
          {events.map((e) => (
            <li key={e.id}>
              <Link
                href={`/s/${brand.slug}/${e.slug}`}
                className="hover:border-brand block rounded-2xl border border-zinc-200 bg-white p-5"
              >
                <p className="text-xl font-semibold">{e.name}</p>
                <p className="text-zinc-600">
                  {formatEventDates(e.startsAt, e.endsAt, e.timeZone, { locale, nextDay: t("shop.nextDay") })}{" "}
                  · {e.venue}
                </p>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
