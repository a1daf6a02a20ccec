"use client";

export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  return (
    <main className="mx-auto flex min-h-[60vh] max-w-xl flex-col justify-center gap-4 px-6">
      <h1 className="text-2xl font-bold">Something went wrong on our side.</h1>
      <p className="text-zinc-600">Nothing you did caused this. Please try again in a moment.</p>
      <button onClick={reset} className="w-fit rounded-lg bg-zinc-900 px-4 py-2 text-white">
        Try again
      </button>
    </main>
  );
}
