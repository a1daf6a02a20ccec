// A prerendered page of about the size of a shop event page, so `npm run bench` can compare
// the shop's dynamic page with what Next serves from its build output, side by side.
export const dynamic = "force-static";

const CARDS = Array.from({ length: 4 }, (_, i) => ({
  name: ["Day ticket", "T-shirt", "Weekend pack", "Parking"][i]!,
  text: "An evening of live electronic music. Doors open at 19:00. Bring your ticket on your phone or printed.",
}));

export default function Prerendered() {
  return (
    <main className="mx-auto max-w-3xl px-6 py-8">
      <h1 className="text-4xl font-bold tracking-tight">Demo Night</h1>
      <p className="mt-2 text-lg text-zinc-700">20:00–02:00 (Europe/Berlin) · Kulturhaus, Berlin</p>
      {CARDS.map((c) => (
        <article key={c.name} className="mt-4 rounded-2xl border border-zinc-200 bg-white p-5 shadow-sm">
          <h3 className="text-lg font-semibold">{c.name}</h3>
          <p className="text-sm text-zinc-600">{c.text}</p>
          <p className="mt-1 text-sm text-zinc-700">
            <strong>€25.00</strong> · Early bird — 100 left at this price, then €35.00
          </p>
        </article>
      ))}
    </main>
  );
}
