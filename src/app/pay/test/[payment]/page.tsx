import { notFound, redirect } from "next/navigation";
import { testPayment, orderAccessKey } from "@/server/checkout";
import { brandById } from "@/server/distribution";
import { isDomainError } from "@/server/platform/errors";
import { formatMoney } from "@/components/format";
import { settleTestPayment } from "./actions";
import { paymentIdInput } from "../../_lib/payment-id";

export const metadata = { title: "Test payment" };

export default async function TestPaymentPage({ params }: { params: Promise<{ payment: string }> }) {
  const parsed = paymentIdInput.safeParse((await params).payment);
  if (!parsed.success) notFound();
  // Routed only while TEST MODE may settle this payment (local provider configured and used).
  const p = await testPayment(parsed.data).catch((e) => {
    if (isDomainError(e)) notFound();
    throw e;
  });
  if (p.status !== "pending") {
    const brand = await brandById(p.brandId);
    redirect(`/s/${brand.slug}/orders/${p.orderId}?key=${orderAccessKey(p.orderId)}`);
  }
  return (
    <main className="flex min-h-screen items-center justify-center bg-zinc-100 px-4">
      <div className="w-full max-w-md overflow-hidden rounded-2xl bg-white shadow-lg">
        <div
          className="bg-amber-400 px-5 py-2 text-center text-sm font-bold tracking-wide text-amber-950"
          role="note"
        >
          TEST MODE — no real money moves
        </div>
        <div className="flex flex-col gap-4 p-6">
          <div>
            <p className="text-sm text-zinc-500">
              Order {p.reference} · {p.buyerEmail}
            </p>
            <p className="text-3xl font-bold">{formatMoney(p.amount, p.currency)}</p>
          </div>
          <label className="flex flex-col gap-1 text-sm font-medium">
            Card number
            <input
              readOnly
              value="4242 4242 4242 4242"
              className="rounded-lg border border-zinc-300 px-3 py-2 font-mono"
            />
          </label>
          <div className="grid grid-cols-2 gap-3">
            <label className="flex flex-col gap-1 text-sm font-medium">
              Expiry
              <input
                readOnly
                value="12 / 34"
                className="rounded-lg border border-zinc-300 px-3 py-2 font-mono"
              />
            </label>
            <label className="flex flex-col gap-1 text-sm font-medium">
              CVC
              <input readOnly value="123" className="rounded-lg border border-zinc-300 px-3 py-2 font-mono" />
            </label>
          </div>
          <div className="flex gap-3">
            <form action={settleTestPayment.bind(null, p.paymentId, "succeeded")} className="flex-1">
              <button className="w-full rounded-lg bg-zinc-900 px-4 py-2.5 font-semibold text-white hover:bg-zinc-700">
                Pay {formatMoney(p.amount, p.currency)}
              </button>
            </form>
            <form action={settleTestPayment.bind(null, p.paymentId, "failed")}>
              <button className="rounded-lg border border-zinc-300 px-4 py-2.5 font-semibold hover:bg-zinc-50">
                Decline
              </button>
            </form>
          </div>
          <p className="text-xs text-zinc-500">
            Marquee&apos;s local test provider, used when no payment provider is configured. It goes through
            the same payment port and confirmation as Stripe.
          </p>
        </div>
      </div>
    </main>
  );
}
