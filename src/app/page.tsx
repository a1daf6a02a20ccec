import Link from "next/link";
import { connection } from "next/server";

// Rendered per request: its scripts carry the nonce of the response's CSP (docs/adr/0017).
export default async function Home() {
  await connection();
  return (
    <main className="mx-auto flex min-h-screen max-w-2xl flex-col justify-center gap-6 px-6">
      <h1 className="text-4xl font-bold tracking-tight">Marquee</h1>
      <p className="text-lg text-zinc-600">
        Sell tickets, merch and bundles under your own brand — on your own site or ours.
      </p>
      <div className="flex gap-3">
        <Link
          href="/studio"
          className="rounded-lg bg-zinc-900 px-4 py-2 font-medium text-white hover:bg-zinc-700"
        >
          Open Event Studio
        </Link>
        <Link
          href="/s/demo"
          className="rounded-lg border border-zinc-300 px-4 py-2 font-medium hover:bg-white"
        >
          Visit the demo shop
        </Link>
      </div>
    </main>
  );
}
