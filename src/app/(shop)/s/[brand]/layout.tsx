import Link from "next/link";
import { TrpcProvider } from "@/app/_trpc/client";
import { loadBrand } from "./_lib/load";

export default async function ShopLayout({ children, params }: { children: React.ReactNode; params: Promise<{ brand: string }> }) {
  const { brand: slug } = await params;
  const brand = await loadBrand(slug);
  return (
    <TrpcProvider>
      <div style={{ "--brand": brand.primaryColor } as React.CSSProperties} className="min-h-screen">
        <header className="bg-brand text-white">
          <div className="mx-auto max-w-3xl px-6 py-4">
            <Link href={`/s/${brand.slug}`} className="text-lg font-bold tracking-tight">{brand.name}</Link>
          </div>
        </header>
        <main className="mx-auto max-w-3xl px-6 py-8">{children}</main>
        <footer className="mx-auto max-w-3xl px-6 pb-8 text-xs text-zinc-500">Tickets by Marquee</footer>
      </div>
    </TrpcProvider>
  );
}
