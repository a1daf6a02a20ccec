// What is sold, one row per product: its price now, its phases and what is left. The Overview
// lists every product; the Tickets & merch and Bundles tabs list their own kinds.
import Link from "next/link";
import type { EventWithProducts } from "@/server/offering";
import { Badge } from "@/components/ui";
import { BundleSplit } from "@/components/bundle-split";
import { formatMoney, stockLabel } from "@/components/format";
import type { CatalogView } from "./catalog-view";

const KIND: Record<string, string> = { ticket: "Ticket", merch: "Merch", addon: "Add-on", bundle: "Bundle" };

type Product = EventWithProducts["products"][number];

export function ProductsTable({
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
  const partsOf = (p: Product) =>
    p.components
      .map((c) => {
        const role = c.optional ? " (optional)" : c.group ? ` (${c.group})` : "";
        return `${c.quantity} × ${labelOf(c.productId, c.variantId)}${role}`;
      })
      .join(", ");
  return (
    // Wider than a phone: the table scrolls sideways inside its card, not the page.
    <div className="-mx-2 overflow-x-auto px-2">
      <table
        className="w-full min-w-[36rem] text-left text-sm [&_td]:pr-3 [&_th]:pr-3"
        data-testid="products-table"
      >
        <thead className="text-zinc-500">
          <tr>
            <th className="py-2">Name</th>
            <th>Kind</th>
            <th>Price now</th>
            <th>Price phases</th>
            <th>Available now</th>
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
                      <Badge tone="violet">{p.visibility === "hidden" ? "hidden" : "box office"}</Badge>
                    </span>
                  ) : null}
                  {p.kind === "bundle" ? (
                    <div className="text-xs font-normal text-zinc-500">
                      {partsOf(p)}
                      <BundleSplit split={o?.bundle?.split ?? null} currency={currency} />
                    </div>
                  ) : null}
                  {p.variants.length ? (
                    <div className="text-xs font-normal text-zinc-500">
                      {o?.variants.map((v) => `${v.name}: ${v.available}`).join(" · ")}
                    </div>
                  ) : null}
                </td>
                <td>{KIND[p.kind]}</td>
                <td>
                  {o?.price ? formatMoney(o.price.amount, o.price.currency) : "—"}
                  {o?.bundle && o.bundle.saving > 0 ? (
                    <div className="text-xs text-green-700">
                      saves {formatMoney(o.bundle.saving, currency)}
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
                    "sum of parts"
                  ) : (
                    "one price"
                  )}
                </td>
                <td>{o ? (stockLabel(o.available) ?? o.available) : "—"}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
