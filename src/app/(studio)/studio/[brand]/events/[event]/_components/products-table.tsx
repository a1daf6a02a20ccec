// What is sold, one row per product: its price now, its phases and what is left. The Overview
// lists every product; the Tickets & merch and Bundles tabs list their own kinds.
import Link from "next/link";
import type { EventWithProducts } from "@/server/offering";
import { Badge } from "@/components/ui";
import { BundleSplit } from "@/components/bundle-split";
import { LOW_STOCK, moneyIn } from "@/components/format";
import { studioLocale, studioT } from "../../../../_lib/locale";
import type { CatalogView } from "./catalog-view";

type Product = EventWithProducts["products"][number];
type Words = Awaited<ReturnType<typeof studioT<"catalog">>>;

/** "Sold out", "Only 3 left", or how many are left. */
function availableText(available: number, t: Words): string | number {
  if (available <= 0) return t("productsTable.soldOut");
  if (available <= LOW_STOCK) return t("productsTable.onlyLeft", { count: available });
  return available;
}

/** A bundle's parts: "2 × Day ticket, 1 × T-shirt (T-shirt size)". */
function partsOf(p: Product, labelOf: CatalogView["labelOf"], t: Words): string {
  return p.components
    .map((c) => {
      const words = { quantity: c.quantity, part: labelOf(c.productId, c.variantId) };
      if (c.optional) return t("productsTable.partOptional", words);
      if (c.group) return t("productsTable.partInGroup", { ...words, group: c.group });
      return t("productsTable.part", words);
    })
    .join(", ");
}

export async function ProductsTable({
  products,
  view,
  currency,
  productHref,
}: {
  products: Product[];
  view: CatalogView;
  currency: string;
  /** Where a product's editor is, for those who may edit; null shows names only. */
  productHref: ((productId: string) => string) | null;
}) {
  const { offerById, labelOf, phaseText } = view;
  const [t, locale] = await Promise.all([studioT("catalog"), studioLocale()]);
  const money = moneyIn(locale);
  return (
    // Wider than a phone: the table scrolls sideways inside its card, not the page.
    <div className="-mx-2 overflow-x-auto px-2">
      <table
        className="w-full min-w-[36rem] text-left text-sm [&_td]:pr-3 [&_th]:pr-3 [&_th]:whitespace-nowrap"
        data-testid="products-table"
      >
        <thead className="text-zinc-500">
          <tr>
            <th className="py-2">{t("productsTable.name")}</th>
            <th>{t("productsTable.kind")}</th>
            <th>{t("productsTable.priceNow")}</th>
            <th>{t("productsTable.pricePhases")}</th>
            <th>{t("productsTable.availableNow")}</th>
          </tr>
        </thead>
        <tbody>
          {products.map((p) => {
            const o = offerById.get(p.id);
            const phases = phaseText(p.id);
            return (
              <tr key={p.id} className="border-t border-zinc-100 align-top">
                <td className="py-2 font-medium">
                  {productHref ? (
                    <Link href={productHref(p.id)} className="hover:underline">
                      {p.name}
                    </Link>
                  ) : (
                    p.name
                  )}
                  {p.visibility !== "public" ? (
                    <span className="ml-1">
                      <Badge tone="violet">
                        {p.visibility === "hidden" ? t("productsTable.hidden") : t("productsTable.boxOffice")}
                      </Badge>
                    </span>
                  ) : null}
                  {p.kind === "bundle" ? (
                    <div className="text-xs font-normal text-zinc-500">
                      {partsOf(p, labelOf, t)}
                      <BundleSplit split={o?.bundle?.split ?? null} currency={currency} />
                    </div>
                  ) : null}
                  {p.variants.length ? (
                    <div className="text-xs font-normal text-zinc-500">
                      {o?.variants.map((v) => `${v.name}: ${v.available}`).join(" · ")}
                    </div>
                  ) : null}
                </td>
                <td>{t(`productsTable.kinds.${p.kind}`)}</td>
                <td>
                  {o?.price ? money(o.price.amount, o.price.currency) : "—"}
                  {o?.bundle && o.bundle.saving > 0 ? (
                    <div className="text-xs text-green-700">
                      {t("productsTable.saves", { amount: money(o.bundle.saving, currency) })}
                    </div>
                  ) : null}
                </td>
                <td className="text-xs text-zinc-600">
                  {phases.length > 1 ? (
                    <ol className="flex flex-wrap items-center gap-1">
                      {phases.map((t, i) => (
                        <li key={i} className="rounded bg-zinc-100 px-1.5 py-0.5">
                          {i > 0 ? "→ " : ""}
                          {t}
                        </li>
                      ))}
                    </ol>
                  ) : p.kind === "bundle" ? (
                    t("productsTable.sumOfParts")
                  ) : (
                    t("productsTable.onePrice")
                  )}
                </td>
                <td>{o ? availableText(o.available, t) : "—"}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
