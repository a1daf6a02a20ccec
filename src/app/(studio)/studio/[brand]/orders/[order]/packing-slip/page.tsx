// A packing slip to print and put in the parcel: who it goes to, what is in it.
import { notFound } from "next/navigation";
import { orderForBrand } from "@/server/checkout";
import { itemsForOrder } from "@/server/fulfillment";
import { isDomainError } from "@/server/platform/errors";
import { formatDateTime } from "@/components/format";
import { studioBrand } from "../../../../_lib/guard";
import { PrintButton } from "./print-button";

export const metadata = { title: "Packing slip" };

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
  const counts = [...new Set(items.map((i) => i.label))].map((label) => ({
    label,
    n: items.filter((i) => i.label === label).length,
  }));
  const a = order.shippingAddress;
  return (
    <article
      className="mx-auto flex max-w-2xl flex-col gap-6 bg-white p-8 print:p-0"
      data-testid="packing-slip"
    >
      <header className="flex items-start justify-between">
        <div>
          <h1 className="text-2xl font-bold" style={{ color: brand.primaryColor }}>
            {brand.name}
          </h1>
          <p className="text-sm text-zinc-600">
            Packing slip · order <span className="font-mono">{order.reference}</span> ·{" "}
            {order.paidAt ? `paid ${formatDateTime(order.paidAt)}` : ""}
          </p>
        </div>
        <PrintButton />
      </header>
      <section>
        <h2 className="text-sm font-semibold tracking-wide text-zinc-500 uppercase">Ship to</h2>
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
          <p className="text-red-700">No shipping address on this order — contact {order.buyerEmail}.</p>
        )}
      </section>
      <section>
        <h2 className="text-sm font-semibold tracking-wide text-zinc-500 uppercase">In this parcel</h2>
        {counts.length === 0 ? (
          <p>Nothing left to ship in this order.</p>
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
        Questions? Reply to your order e-mail, {order.buyerName.split(" ")[0]}. Thank you!
      </footer>
    </article>
  );
}
