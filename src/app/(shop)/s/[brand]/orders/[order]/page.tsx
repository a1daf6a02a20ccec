import { notFound } from "next/navigation";
import { shopBrand } from "@/server/distribution";
import { orderForFan } from "@/server/checkout";
import { inLanguage, studioEvent } from "@/server/offering";
import { isDomainError } from "@/server/platform/errors";
import { OrderView } from "../../_components/order-view";
import { LanguageProvider } from "@/components/language-provider";
import { localeOfPage, pageMessages, SHOP_CLIENT, translatorFor, type FanPage } from "../../_lib/locale";

type Params = { params: Promise<FanPage & { order: string }> };

export async function generateMetadata({ params }: Params) {
  return { title: translatorFor(await localeOfPage(await params))("order.title") };
}

export default async function OrderPage({
  params,
  searchParams,
}: {
  params: Params["params"];
  searchParams: Promise<{ key?: string }>;
}) {
  const page = await params;
  const { brand: slug, order: orderId } = page;
  const locale = await localeOfPage(page);
  const { key } = await searchParams;
  const brand = await shopBrand(slug).catch(() => notFound());
  const order = await orderForFan(orderId, typeof key === "string" ? key : "").catch((e) => {
    if (isDomainError(e)) notFound();
    throw e;
  });
  if (order.brandId !== brand.id) notFound();
  // The order page names what was bought for, like the e-mail does; the event's own page is
  // linked only while it is published (a draft is not there for fans).
  const event = inLanguage(await studioEvent(brand.id, order.eventId), locale);
  return (
    <LanguageProvider locale={locale} messages={pageMessages(locale, [...SHOP_CLIENT, "order"])}>
      <OrderView
        orderId={order.id}
        accessKey={String(key)}
        event={{
          name: event.name,
          venue: event.venue,
          startsAt: event.startsAt,
          endsAt: event.endsAt,
          timeZone: event.timeZone,
          href: event.status === "published" ? `/s/${brand.slug}/${event.slug}` : null,
        }}
      />
    </LanguageProvider>
  );
}
