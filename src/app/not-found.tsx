import Link from "next/link";

export default function NotFound() {
  return (
    <main className="mx-auto flex min-h-[60vh] max-w-xl flex-col justify-center gap-4 px-6">
      {/* A shop that does not exist has no layout metadata to give the page its name. */}
      <title>Page not found</title>
      <p className="text-sm font-semibold tracking-wide text-zinc-500 uppercase">404</p>
      <h1 className="text-2xl font-bold">We could not find that page.</h1>
      <p className="text-zinc-600">
        The address may be mistyped, the event may not be on sale, or you may not have access to it.
      </p>
      <Link href="/" className="text-violet-700 underline">
        Go to the start page
      </Link>
    </main>
  );
}
