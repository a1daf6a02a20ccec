import { notFound } from "next/navigation";
import { shopBrand } from "@/server/distribution";
import { orderForFan } from "@/server/checkout";
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
  return <OrderView orderId={order.id} accessKey={String(key)} />;
}
