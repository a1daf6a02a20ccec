// The "to ship" list: merch waiting to be packed across all the brand's events, grouped by order
// (one parcel each), filtered by product or variant.
import Link from "next/link";
import { Badge, Card, EmptyState, PageTitle, secondaryButtonClass } from "@/components/ui";
import { formatDateTime } from "@/components/format";
import { toShip } from "@/server/fulfillment";
import { ordersByIds } from "@/server/checkout";
import { catalogOfBrand } from "@/server/offering";
import { studioBrand } from "../../_lib/guard";
import { studioLocale, studioT } from "../../_lib/locale";

export async function generateMetadata() {
  return { title: (await studioT("shell"))("shipping.title") };
}

export default async function Shipping({
  params,
  searchParams,
}: {
  params: Promise<{ brand: string }>;
  searchParams: Promise<{ product?: string; variant?: string }>;
}) {
  const { brand: slug } = await params;
  const { product, variant } = await searchParams;
  const { brand } = await studioBrand(slug, "brand:read");
  const merch = (await catalogOfBrand(brand.id)).filter((p) => p.kind === "merch");
  const chosen = merch.find((p) => p.id === product);
  const items = await toShip(brand.id, {
    productId: chosen?.id,
    variantId: chosen?.variants.some((v) => v.id === variant) ? variant : undefined,
  });
  const orders = new Map(
    (await ordersByIds(brand.id, [...new Set(items.map((i) => i.orderId))])).map((o) => [o.id, o]),
  );
  const groups = [...new Set(items.map((i) => i.orderId))]
    .map((orderId) => ({ order: orders.get(orderId)!, items: items.filter((i) => i.orderId === orderId) }))
    .filter((g) => g.order);
  const [t, locale] = await Promise.all([studioT("shell"), studioLocale()]);
  const waiting = t("shipping.waiting", {
    items: t("shipping.items", { count: items.length }),
    orders: t("shipping.orders", { count: groups.length }),
  });
  return (
    <div className="flex flex-col gap-6">
      <div>
        <PageTitle sub={waiting}>{t("shipping.title")}</PageTitle>
      </div>
      <form className="flex flex-wrap items-end gap-3" method="get">
        <label className="flex flex-col gap-1 text-sm font-medium">
          {t("shipping.product")}
          <select
            name="product"
            defaultValue={chosen?.id ?? ""}
            className="rounded-lg border border-zinc-300 px-3 py-2"
          >
            <option value="">{t("shipping.allMerch")}</option>
            {merch.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        </label>
        {chosen ? (
          <label className="flex flex-col gap-1 text-sm font-medium">
            {t("shipping.variant")}
            <select
              name="variant"
              defaultValue={variant ?? ""}
              className="rounded-lg border border-zinc-300 px-3 py-2"
            >
              <option value="">{t("shipping.allVariants")}</option>
              {chosen.variants.map((v) => (
                <option key={v.id} value={v.id}>
                  {v.name}
                </option>
              ))}
            </select>
          </label>
        ) : null}
        <button className={secondaryButtonClass} type="submit">
          {t("shipping.filter")}
        </button>
      </form>
      {groups.length === 0 ? (
        <EmptyState title={t("shipping.none")}>{t("shipping.noneHint")}</EmptyState>
      ) : (
        <div className="flex flex-col gap-3" data-testid="to-ship-list">
          {groups.map(({ order, items }) => (
            <Card key={order.id}>
              <div className="flex flex-wrap items-center justify-between gap-2">
                <div>
                  <Link
                    href={`/studio/${brand.slug}/orders/${order.id}`}
                    className="font-mono font-semibold underline"
                  >
                    {order.reference}
                  </Link>{" "}
                  <span className="text-sm text-zinc-600">
                    {order.buyerName} ·{" "}
                    {t("shipping.paid", {
                      when: order.paidAt ? formatDateTime(order.paidAt, undefined, undefined, locale) : "—",
                    })}
                  </span>
                </div>
                <Link
                  className={secondaryButtonClass}
                  href={`/studio/${brand.slug}/orders/${order.id}/packing-slip`}
                >
                  {t("shipping.packingSlip")}
                </Link>
              </div>
              <ul className="mt-2 flex flex-wrap gap-2 text-sm">
                {items.map((i) => (
                  <li key={i.id}>
                    <Badge tone="amber">{i.label}</Badge>
                  </li>
                ))}
              </ul>
            </Card>
          ))}
        </div>
      )}
    </div>
  );
}
