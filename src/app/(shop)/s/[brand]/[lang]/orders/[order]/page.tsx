import { notFound } from "next/navigation";
import { shopBrand } from "@/server/distribution";
import { orderForFan } from "@/server/checkout";
import { studioEvent } from "@/server/offering";
import { isDomainError } from "@/server/platform/errors";
import { OrderView } from "../../_components/order-view";

export const metadata = { title: "Your order" };

export default async function OrderPage({
  params,
  searchParams,
}: {
  params: Promise<{ brand: string; order: string }>;
  searchParams: Promise<{ key?: string }>;
}) {
  const { brand: slug, order: orderId } = await params;
  const { key } = await searchParams;
  const brand = await shopBrand(slug).catch(() => notFound());
  const order = await orderForFan(orderId, typeof key === "string" ? key : "").catch((e) => {
    if (isDomainError(e)) notFound();
    throw e;
  });
  if (order.brandId !== brand.id) notFound();
  // The order page names what was bought for, like the e-mail does; the event's own page is
  // linked only while it is published (a draft is not there for fans).
  const event = await studioEvent(brand.id, order.eventId);
  return (
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
  );
}
