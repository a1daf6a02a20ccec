// A cart's quote as the server computed it: lines by price phase, discounts, the tax inside, the total.
"use client";
import { useLocale, useTranslations } from "use-intl";
import { moneyIn } from "./format";

export type QuoteView = {
  currency: string;
  lines: {
    lineId: string;
    name: string;
    quantity: number;
    parts: { phaseName: string; quantity: number; unitPrice: number }[];
    subtotal: number;
    discount: number;
    total: number;
    saving: number;
  }[];
  subtotal: number;
  discount: number;
  tax: number;
  total: number;
  promo: { code: string; discount: number } | null;
};

export function QuoteSummary({ quote }: { quote: QuoteView }) {
  const t = useTranslations("quote");
  const money = moneyIn(useLocale());
  const m = (n: number) => money(n, quote.currency);
  return (
    <div className="flex flex-col gap-2 text-sm" data-testid="quote">
      <table className="w-full">
        <tbody>
          {quote.lines.map((l) => (
            <tr key={l.lineId} className="align-top">
              <td className="py-1">
                {l.quantity} × {l.name}
                {l.parts
                  .filter((p) => p.phaseName)
                  .map((p) => (
                    <div key={p.phaseName} className="text-xs text-zinc-500">
                      {t("partAt", { quantity: p.quantity, price: m(p.unitPrice), phase: p.phaseName })}
                    </div>
                  ))}
                {l.saving > 0 ? (
                  <div className="text-xs text-green-700">{t("bundleSaving", { saving: m(l.saving) })}</div>
                ) : null}
              </td>
              <td className="py-1 text-right">{m(l.subtotal)}</td>
            </tr>
          ))}
          {quote.discount > 0 ? (
            <tr>
              <td className="py-1 text-green-700">
                {t("discount")}
                {quote.promo ? ` (${quote.promo.code})` : ""}
              </td>
              <td className="py-1 text-right text-green-700">−{m(quote.discount)}</td>
            </tr>
          ) : null}
        </tbody>
      </table>
      <p className="flex justify-between border-t border-zinc-100 pt-2 font-semibold">
        <span>{t("total")}</span>
        <span data-testid="quote-total">{m(quote.total)}</span>
      </p>
      <p className="text-xs text-zinc-500">{t("includesTax", { tax: m(quote.tax) })}</p>
    </div>
  );
}
