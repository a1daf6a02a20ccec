"use client";
import { useState } from "react";
import { useMutation, useQuery } from "@tanstack/react-query";
import { useTRPC } from "@/app/_trpc/client";
import { formatMoney } from "@/components/format";

/** Choose quantities, say who you are, go to payment. Availability is live. */
export function BuyForm({ brandSlug, eventId }: { brandSlug: string; eventId: string }) {
  const trpc = useTRPC();
  const products = useQuery({ ...trpc.shop.availability.queryOptions({ brandSlug, eventId }), refetchInterval: 10_000 });
  const [qty, setQty] = useState<Record<string, number>>({});
  const [name, setName] = useState("");
  const [email, setEmail] = useState("");
  const place = useMutation(trpc.shop.placeOrder.mutationOptions({ onSuccess: (r) => window.location.assign(r.redirectUrl) }));
  // An answer about the old input goes away as soon as the fan changes it.
  const edited = () => {
    if (place.isError) place.reset();
  };

  if (products.isPending) return <p className="text-zinc-500">Loading tickets…</p>;
  if (products.isError) return <p role="alert" className="text-red-700">{products.error.message}</p>;
  const list = products.data.products;
  const lines = list.map((p) => ({ productId: p.id, quantity: qty[p.id] ?? 0 })).filter((l) => l.quantity !== 0);
  const total = list.reduce((s, p) => s + (p.price ? p.price.amount * (qty[p.id] ?? 0) : 0), 0);
  const currency = list.find((p) => p.price)?.price?.currency ?? "EUR";

  return (
    <form
      className="flex flex-col gap-5 rounded-2xl border border-zinc-200 bg-white p-6 shadow-sm"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        place.mutate({ brandSlug, eventId, buyer: { name, email }, lines });
      }}
    >
      <h2 className="text-xl font-semibold">Tickets</h2>
      <ul className="flex flex-col divide-y divide-zinc-100">
        {list.map((p) => (
          <li key={p.id} className="flex items-center justify-between gap-4 py-3">
            <div>
              <p className="font-medium">{p.name}</p>
              <p className="text-sm text-zinc-600">
                {p.price ? formatMoney(p.price.amount, p.price.currency) : "—"} ·{" "}
                <span data-testid={`available-${p.id}`}>{p.available === 0 ? "Sold out" : `${p.available} left`}</span>
              </p>
            </div>
            <label className="flex items-center gap-2 text-sm">
              <span className="sr-only">Quantity of {p.name}</span>
              <input
                type="number"
                inputMode="numeric"
                min={0}
                max={p.maxPerOrder}
                aria-label={`Quantity of ${p.name}`}
                value={qty[p.id] ?? 0}
                disabled={p.available === 0}
                onChange={(e) => {
                  edited();
                  setQty({ ...qty, [p.id]: Number(e.target.value) });
                }}
                className="w-20 rounded-lg border border-zinc-300 px-2 py-1.5 text-right"
              />
            </label>
          </li>
        ))}
      </ul>
      <div className="grid gap-3 sm:grid-cols-2">
        <label className="flex flex-col gap-1 text-sm font-medium">Your name
          <input value={name} onChange={(e) => {
              edited();
              setName(e.target.value);
            }} autoComplete="name" className="rounded-lg border border-zinc-300 px-3 py-2 font-normal" />
        </label>
        <label className="flex flex-col gap-1 text-sm font-medium">E-mail (your tickets go here)
          <input type="email" value={email} onChange={(e) => {
              edited();
              setEmail(e.target.value);
            }} autoComplete="email" className="rounded-lg border border-zinc-300 px-3 py-2 font-normal" />
        </label>
      </div>
      {place.isError ? <p role="alert" data-testid="buy-error" className="rounded-lg border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">{place.error.message}</p> : null}
      <div className="flex items-center justify-between">
        <p className="text-lg">Total <strong>{formatMoney(total, currency)}</strong></p>
        <button type="submit" disabled={place.isPending || place.isSuccess} className="bg-brand ring-brand rounded-lg px-5 py-2.5 font-semibold text-white hover:opacity-90 disabled:opacity-60">
          {place.isPending || place.isSuccess ? "Reserving…" : "Continue to payment"}
        </button>
      </div>
    </form>
  );
}
