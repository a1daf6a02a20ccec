// Revenue by product, bundles split into their components, and promo code use — for the period.
import type { RevenueSplit } from "@/server/insights";
import { moneyIn } from "@/components/format";
import { ChartCard } from "@/components/insights/chart-card";
import { ChartTable } from "@/components/insights/chart-table";
import { StackedBarChart } from "@/components/insights/stacked-bar-chart";
import { studioLocale, studioT } from "../../../_lib/locale";
import { stackName } from "./labels";

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

export async function RevenueSection({ split, products }: { split: RevenueSplit[]; products: ProductRow[] }) {
  const [t, locale] = await Promise.all([studioT("sales"), studioLocale()]);
  const money = moneyIn(locale);
  const named = split.map((s) => ({
    ...s,
    stacks: s.stacks.map((st) => ({ ...st, name: stackName(t, st) })),
  }));
  return (
    <ChartCard
      title={t("insights.revenue.title")}
      sub={t("insights.revenue.sub")}
      testId="chart-revenue"
      empty={split.length === 0 ? t("insights.noSales") : null}
    >
      {named.map((s) => (
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
            caption={t("insights.revenue.caption", { currency: s.currency })}
            columns={[
              { label: t("insights.product") },
              ...s.stacks.map((st) => ({ label: st.name, numeric: true })),
              { label: t("insights.total"), numeric: true },
            ]}
            rows={s.rows.map((r) => ({
              key: r.productId,
              cells: [
                r.name,
                ...s.stacks.map((st) => money(r.values[st.key] ?? 0, s.currency)),
                money(r.total, s.currency),
              ],
            }))}
          />
        </div>
      ))}
      <ChartTable
        testId="table-products"
        summary={t("insights.revenue.perVariant")}
        caption={t("insights.revenue.perVariantCaption")}
        columns={[
          { label: t("insights.product") },
          { label: t("insights.units"), numeric: true },
          { label: t("insights.figures.revenue"), numeric: true },
          { label: t("insights.refunded"), numeric: true },
        ]}
        rows={products.map((p) => ({
          key: `${p.currency}-${p.productId}-${p.variantId ?? ""}`,
          cells: [
            [
              p.productName,
              p.variantName && `— ${p.variantName}`,
              p.kind === "bundle" && t("insights.bundle"),
            ]
              .filter(Boolean)
              .join(" "),
            p.units,
            money(p.gross, p.currency),
            money(p.refunds, p.currency),
          ],
        }))}
      />
    </ChartCard>
  );
}

export async function PromoSection({ promos }: { promos: PromoRow[] }) {
  const currencies = [...new Set(promos.map((p) => p.currency))];
  const [t, locale] = await Promise.all([studioT("sales"), studioLocale()]);
  const money = moneyIn(locale);
  return (
    <ChartCard
      title={t("insights.promos.title")}
      sub={t("insights.promos.sub")}
      testId="chart-promos"
      empty={promos.length === 0 ? t("insights.promos.none") : null}
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
              stacks={[{ key: "orders", name: t("insights.figures.orders") }]}
              currency={null}
            />
            <ChartTable
              testId="table-promos"
              caption={t("insights.promos.caption", { currency })}
              columns={[
                { label: t("insights.promos.code") },
                { label: t("insights.figures.orders"), numeric: true },
                { label: t("insights.promos.discount"), numeric: true },
              ]}
              rows={mine.map((p) => ({
                key: p.code,
                cells: [p.code, p.orders, money(p.discount, currency)],
              }))}
            />
          </div>
        );
      })}
    </ChartCard>
  );
}
