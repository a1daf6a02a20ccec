// A packing slip to print and put in the parcel: who it goes to, what is in it. The fan reads it, so
// it speaks the order's language and names what was bought as the order's e-mails do (docs/adr/0033,
// 7b); only the print button is in the Studio's language.
import { notFound } from "next/navigation";
import { orderForBrand } from "@/server/checkout";
import { itemsForOrder } from "@/server/fulfillment";
import { isDomainError } from "@/server/platform/errors";
import { formatDateTime } from "@/components/format";
import { studioBrand } from "../../../../_lib/guard";
import { studioLocale, studioT } from "../../../../_lib/locale";
import { languageOf, orderNamesIn } from "@/server/workflows";
import { studioTranslatorFor } from "@/server/platform/messages";
import { PrintButton } from "./print-button";

export async function generateMetadata() {
  return { title: (await studioT("sales"))("packingSlip.title") };
}

export default async function PackingSlip({ params }: { params: Promise<{ brand: string; order: string }> }) {
  const { brand: slug, order: orderId } = await params;
  const { brand } = await studioBrand(slug, "brand:read");
  const order = await orderForBrand(brand.id, orderId).catch((e) => {
    if (isDomainError(e)) notFound();
    throw e;
  });
  const items = (await itemsForOrder(brand.id, order.id)).filter(
    (i) => i.kind === "shipment" && i.status === "to_ship",
  );
  const locale = languageOf(order);
  const [studio, studioLanguage, names] = await Promise.all([
    studioT("sales"),
    studioLocale(),
    orderNamesIn(order, locale),
  ]);
  const t = studioTranslatorFor(locale, "sales");
  const labels = items.map((i) => names.label(i.label, i.orderLineId));
  const counts = [...new Set(labels)].map((label) => ({
    label,
    n: labels.filter((l) => l === label).length,
  }));
  const a = order.shippingAddress;
  return (
    <article
      className="mx-auto flex max-w-2xl flex-col gap-6 bg-white p-8 print:p-0"
      data-testid="packing-slip"
      lang={locale}
    >
      <header className="flex items-start justify-between">
        <div>
          <h1 className="text-2xl font-bold" style={{ color: brand.primaryColor }}>
            {brand.name}
          </h1>
          <p className="text-sm text-zinc-600">
            {t("packingSlip.title")} · {t("packingSlip.order")}{" "}
            <span className="font-mono">{order.reference}</span> ·{" "}
            {order.paidAt
              ? t("packingSlip.paid", { at: formatDateTime(order.paidAt, undefined, undefined, locale) })
              : ""}
          </p>
        </div>
        <span lang={studioLanguage}>
          <PrintButton label={studio("packingSlip.print")} />
        </span>
      </header>
      <section>
        <h2 className="text-sm font-semibold tracking-wide text-zinc-500 uppercase">
          {t("packingSlip.shipTo")}
        </h2>
        {a ? (
          <address className="leading-relaxed not-italic">
            {order.buyerName}
            <br />
            {a.line1}
            <br />
            {a.line2 ? (
              <>
                {a.line2}
                <br />
              </>
            ) : null}
            {a.postalCode} {a.city}
            <br />
            {a.country}
          </address>
        ) : (
          <p className="text-red-700">{t("packingSlip.noAddress", { email: order.buyerEmail })}</p>
        )}
      </section>
      <section>
        <h2 className="text-sm font-semibold tracking-wide text-zinc-500 uppercase">
          {t("packingSlip.inThisParcel")}
        </h2>
        {counts.length === 0 ? (
          <p>{t("packingSlip.nothingLeft")}</p>
        ) : (
          <table className="w-full text-left">
            <tbody>
              {counts.map((c) => (
                <tr key={c.label} className="border-b border-zinc-200">
                  <td className="py-2 pr-4 tabular-nums">{c.n} ×</td>
                  <td className="py-2">{c.label}</td>
                  <td className="py-2 text-right">☐</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <footer className="text-sm text-zinc-600">
        {t("packingSlip.thanks", { name: order.buyerName.split(" ")[0] ?? "" })}
      </footer>
    </article>
  );
}
