import Link from "next/link";
import { currentUser } from "@/server/platform/auth";
import { signOutAction } from "./account-actions";
import { TrpcProvider } from "@/app/_trpc/client";

export const dynamic = "force-dynamic";

export default async function StudioLayout({ children }: { children: React.ReactNode }) {
  const user = await currentUser();
  return (
    <TrpcProvider>
      <header className="border-b border-zinc-200 bg-white">
        <div className="mx-auto flex max-w-5xl items-center justify-between px-6 py-3">
          <Link href="/studio" className="font-bold tracking-tight">
            Marquee <span className="font-normal text-zinc-500">Studio</span>
          </Link>
          {user ? (
            <form action={signOutAction} className="flex items-center gap-3 text-sm">
              <span className="text-zinc-600">{user.email}</span>
              <button className="rounded-md px-2 py-1 text-zinc-700 hover:bg-zinc-100">Sign out</button>
            </form>
          ) : null}
        </div>
      </header>
      <main className="mx-auto max-w-5xl px-6 py-8">{children}</main>
    </TrpcProvider>
  );
}
