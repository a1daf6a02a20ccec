"use client";
import { useState } from "react";
import { useMutation, useQuery, keepPreviousData } from "@tanstack/react-query";
import { useTRPC } from "@/app/_trpc/client";
import { formatMoney } from "@/components/format";
import { OfferCard, type CardChoice, type OfferCardItem } from "@/components/offer-card";
import { QuoteSummary } from "@/components/quote-summary";

const emptyChoice = (): CardChoice => ({ quantity: 0, variantId: null, choices: {}, optional: [] });

/** Choose what to buy (sizes, bundle options), see the server's quote, say who you are, go to payment. Availability is live. */
export function BuyForm({ brandSlug, eventId }: { brandSlug: string; eventId: string }) {
  const trpc = useTRPC();
  const [promoInput, setPromoInput] = useState("");
  const [promoCode, setPromoCode] = useState<string | null>(null);
  const offer = useQuery({ ...trpc.shop.offer.queryOptions({ brandSlug, eventId, promoCode }), refetchInterval: 10_000, placeholderData: keepPreviousData });
  const [cart, setCart] = useState<Record<string, CardChoice>>({});
  const [name, setName] = useState("");
  const [email, setEmail] = useState("");
  const place = useMutation(trpc.shop.placeOrder.mutationOptions({ onSuccess: (r) => window.location.assign(r.redirectUrl) }));
  // An answer about the old input goes away as soon as the fan changes it.
  const edited = () => {
    if (place.isError) place.reset();
  };

  const lines = Object.entries(cart)
    .filter(([, c]) => c.quantity !== 0)
    .map(([productId, c]) => ({ productId, variantId: c.variantId, quantity: c.quantity, selection: { optional: c.optional, choices: c.choices } }));
  const quote = useQuery({ ...trpc.shop.quote.queryOptions({ brandSlug, eventId, lines, promoCode }), enabled: lines.length > 0 && lines.every((l) => l.quantity > 0), placeholderData: keepPreviousData, retry: false });

  if (offer.isPending) return <p className="text-zinc-500">Loading tickets…</p>;
  if (offer.isError) return <p role="alert" className="text-red-700">{offer.error.message}</p>;
  const items = offer.data.items as OfferCardItem[];
  const currency = offer.data.currency;

  return (
    <form
      className="flex flex-col gap-5"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        place.mutate({ brandSlug, eventId, buyer: { name, email }, lines, promoCode });
      }}
    >
      {items.length === 0 ? <p className="rounded-2xl border border-dashed border-zinc-300 p-6 text-center text-zinc-600">Nothing is on sale for this event right now.</p> : null}
      <div className="flex flex-col gap-4">
        {items.map((item) => (
          <OfferCard
            key={item.id}
            item={item}
            choice={cart[item.id] ?? emptyChoice()}
            onChange={(c) => {
              edited();
              setCart({ ...cart, [item.id]: c });
            }}
          />
        ))}
      </div>

      <div className="flex flex-wrap items-end gap-2">
        <label className="flex flex-col gap-1 text-sm font-medium">
          Promo code
          <input value={promoInput} onChange={(e) => setPromoInput(e.target.value)} className="rounded-lg border border-zinc-300 px-3 py-2 font-mono uppercase" autoComplete="off" />
        </label>
        <button type="button" className="rounded-lg border border-zinc-300 bg-white px-4 py-2 font-medium hover:bg-zinc-50" onClick={() => setPromoCode(promoInput.trim() || null)}>
          Apply
        </button>
        {offer.data.promo ? (
          <p role="status" data-testid="promo-status" className={`text-sm ${offer.data.promo.valid ? "text-green-700" : "text-red-700"}`}>
            {offer.data.promo.valid ? `Code ${offer.data.promo.code} applied.` : offer.data.promo.message}
          </p>
        ) : null}
      </div>

      <section aria-label="Your order" className="rounded-2xl border border-zinc-200 bg-white p-6 shadow-sm">
        <h2 className="mb-3 text-lg font-semibold">Your order</h2>
        {lines.length === 0 ? (
          <p className="text-sm text-zinc-600">Choose tickets above.</p>
        ) : quote.isError ? (
          <p role="alert" data-testid="quote-error" className="text-sm text-red-700">{quote.error.message}</p>
        ) : quote.data ? (
          <QuoteSummary quote={quote.data} />
        ) : (
          <p className="text-sm text-zinc-500">Working out the price…</p>
        )}
        <div className="mt-5 grid gap-3 sm:grid-cols-2">
          <label className="flex flex-col gap-1 text-sm font-medium">Your name
            <input value={name} onChange={(e) => { edited(); setName(e.target.value); }} autoComplete="name" className="rounded-lg border border-zinc-300 px-3 py-2 font-normal" />
          </label>
          <label className="flex flex-col gap-1 text-sm font-medium">E-mail (your tickets go here)
            <input type="email" value={email} onChange={(e) => { edited(); setEmail(e.target.value); }} autoComplete="email" className="rounded-lg border border-zinc-300 px-3 py-2 font-normal" />
          </label>
        </div>
        {place.isError ? <p role="alert" data-testid="buy-error" className="mt-4 rounded-lg border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">{place.error.message}</p> : null}
        <div className="mt-4 flex items-center justify-between">
          <p className="text-lg">Total <strong data-testid="cart-total">{formatMoney(quote.data && lines.length ? quote.data.total : 0, currency)}</strong></p>
          <button type="submit" disabled={place.isPending || place.isSuccess} className="bg-brand ring-brand rounded-lg px-5 py-2.5 font-semibold text-white hover:opacity-90 disabled:opacity-60">
            {place.isPending || place.isSuccess ? "Reserving…" : "Continue to payment"}
          </button>
        </div>
      </section>
    </form>
  );
}
