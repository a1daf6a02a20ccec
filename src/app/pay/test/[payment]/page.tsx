// A development stand-in for Stripe's payment page (TEST MODE), in the language the order was
// placed in (docs/adr/0033): the fan reads it between the shop and their order page.
import { cache } from "react";
import { notFound, redirect } from "next/navigation";
import { testPayment, orderAccessKey, orderForBrand } from "@/server/checkout";
import { brandById } from "@/server/distribution";
import { languageOf } from "@/server/workflows";
import { isDomainError } from "@/server/platform/errors";
import { formatMoneyIn } from "@/server/platform/i18n";
import { translatorFor } from "@/server/platform/messages";
import { settleTestPayment } from "./actions";
import { paymentIdInput } from "../../_lib/payment-id";

type Params = { params: Promise<{ payment: string }> };

/** The payment TEST MODE may settle and its order's language (read once for the page and its title). */
const pendingPayment = cache(async (raw: string) => {
  const parsed = paymentIdInput.safeParse(raw);
  if (!parsed.success) notFound();
  // Routed only while TEST MODE may settle this payment (local provider configured and used).
  const p = await testPayment(parsed.data).catch((e) => {
    if (isDomainError(e)) notFound();
    throw e;
  });
  const locale = languageOf(await orderForBrand(p.brandId, p.orderId));
  return { p, locale, t: translatorFor(locale) };
});

export async function generateMetadata({ params }: Params) {
  const { t } = await pendingPayment((await params).payment);
  return { title: t("pay.title") };
}

export default async function TestPaymentPage({ params }: Params) {
  const { p, locale, t } = await pendingPayment((await params).payment);
  if (p.status !== "pending") {
    const brand = await brandById(p.brandId);
    redirect(`/s/${brand.slug}/orders/${p.orderId}?key=${orderAccessKey(p.orderId)}`);
  }
  const amount = formatMoneyIn(locale, p.amount, p.currency);
  return (
    <main className="flex min-h-screen items-center justify-center bg-zinc-100 px-4" lang={locale}>
      <div className="w-full max-w-md overflow-hidden rounded-2xl bg-white shadow-lg">
        <div
          className="bg-amber-400 px-5 py-2 text-center text-sm font-bold tracking-wide text-amber-950"
          role="note"
        >
          {t("pay.testMode")}
        </div>
        <div className="flex flex-col gap-4 p-6">
          <div>
            <p className="text-sm text-zinc-500">
              {t("pay.order", { reference: p.reference, email: p.buyerEmail })}
            </p>
            <p className="text-3xl font-bold">{amount}</p>
          </div>
          <label className="flex flex-col gap-1 text-sm font-medium">
            {t("pay.cardNumber")}
            <input
              readOnly
              value="4242 4242 4242 4242"
              className="rounded-lg border border-zinc-300 px-3 py-2 font-mono"
            />
          </label>
          <div className="grid grid-cols-2 gap-3">
            <label className="flex flex-col gap-1 text-sm font-medium">
              {t("pay.expiry")}
              <input
                readOnly
                value="12 / 34"
                className="rounded-lg border border-zinc-300 px-3 py-2 font-mono"
              />
            </label>
            <label className="flex flex-col gap-1 text-sm font-medium">
              {t("pay.cvc")}
              <input readOnly value="123" className="rounded-lg border border-zinc-300 px-3 py-2 font-mono" />
            </label>
          </div>
          <div className="flex gap-3">
            <form action={settleTestPayment.bind(null, p.paymentId, "succeeded")} className="flex-1">
              <button className="w-full rounded-lg bg-zinc-900 px-4 py-2.5 font-semibold text-white hover:bg-zinc-700">
                {t("pay.pay", { amount })}
              </button>
            </form>
            <form action={settleTestPayment.bind(null, p.paymentId, "failed")}>
              <button className="rounded-lg border border-zinc-300 px-4 py-2.5 font-semibold hover:bg-zinc-50">
                {t("pay.decline")}
              </button>
            </form>
          </div>
          <p className="text-xs text-zinc-500">{t("pay.about")}</p>
        </div>
      </div>
    </main>
  );
}
