// Revenue by product, bundles split into their components, and promo code use — for the period.
import type { RevenueSplit } from "@/server/insights";
import { formatMoney } from "@/components/format";
import { ChartCard } from "@/components/insights/chart-card";
import { ChartTable } from "@/components/insights/chart-table";
import { StackedBarChart } from "@/components/insights/stacked-bar-chart";

type ProductRow = {
  currency: string;
  productId: string;
  variantId: string | null;
  productName: string;
  variantName: string | null;
  kind: string;
  units: number;
  gross: number;
  refunds: number;
};
type PromoRow = { currency: string; code: string; orders: number; discount: number };

const barsHeight = (n: number) => Math.max(120, 48 + n * 40);

export function RevenueSection({ split, products }: { split: RevenueSplit[]; products: ProductRow[] }) {
  return (
    <ChartCard
      title="Revenue by product"
      sub="A bundle's revenue is split into its components, as each order allocated it."
      testId="chart-revenue"
      empty={split.length === 0 ? "No sales in this period yet." : null}
    >
      {split.map((s) => (
        <div key={s.currency} data-testid={`revenue-${s.currency}`}>
          {split.length > 1 ? <h3 className="text-sm font-medium">{s.currency}</h3> : null}
          <StackedBarChart
            horizontal
            height={barsHeight(s.rows.length)}
            rows={s.rows.map((r) => ({ label: r.name, values: r.values }))}
            stacks={s.stacks}
            currency={s.currency}
          />
          <ChartTable
            testId="table-revenue"
            caption={`Revenue by product with bundles split, ${s.currency}`}
            columns={[
              { label: "Product" },
              ...s.stacks.map((st) => ({ label: st.name, numeric: true })),
              { label: "Total", numeric: true },
            ]}
            rows={s.rows.map((r) => ({
              key: r.productId,
              cells: [
                r.name,
                ...s.stacks.map((st) => formatMoney(r.values[st.key] ?? 0, s.currency)),
                formatMoney(r.total, s.currency),
              ],
            }))}
          />
        </div>
      ))}
      <ChartTable
        testId="table-products"
        summary="Show per product and variant"
        caption="Sold per product and variant, bundles as sold"
        columns={[
          { label: "Product" },
          { label: "Units", numeric: true },
          { label: "Revenue", numeric: true },
          { label: "Refunded", numeric: true },
        ]}
        rows={products.map((p) => ({
          key: `${p.currency}-${p.productId}-${p.variantId ?? ""}`,
          cells: [
            `${p.productName}${p.variantName ? ` — ${p.variantName}` : ""}${p.kind === "bundle" ? " (bundle)" : ""}`,
            p.units,
            formatMoney(p.gross, p.currency),
            formatMoney(p.refunds, p.currency),
          ],
        }))}
      />
    </ChartCard>
  );
}

export function PromoSection({ promos }: { promos: PromoRow[] }) {
  const currencies = [...new Set(promos.map((p) => p.currency))];
  return (
    <ChartCard
      title="Promo codes"
      sub="Orders that used each code, and what it took off."
      testId="chart-promos"
      empty={promos.length === 0 ? "No promo code was used in this period." : null}
    >
      {currencies.map((currency) => {
        const mine = promos.filter((p) => p.currency === currency);
        return (
          <div key={currency}>
            {currencies.length > 1 ? <h3 className="text-sm font-medium">{currency}</h3> : null}
            <StackedBarChart
              horizontal
              height={barsHeight(mine.length)}
              rows={mine.map((p) => ({ label: p.code, values: { orders: p.orders } }))}
              stacks={[{ key: "orders", name: "Orders" }]}
              currency={null}
            />
            <ChartTable
              testId="table-promos"
              caption={`Promo code use, ${currency}`}
              columns={[
                { label: "Code" },
                { label: "Orders", numeric: true },
                { label: "Discount given", numeric: true },
              ]}
              rows={mine.map((p) => ({
                key: p.code,
                cells: [p.code, p.orders, formatMoney(p.discount, currency)],
              }))}
            />
          </div>
        );
      })}
    </ChartCard>
  );
}
