"use client";
import { useRef, useState } from "react";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useTRPC } from "@/app/_trpc/client";
import { buttonClass } from "@/components/ui";

const STYLE: Record<string, string> = {
  valid: "border-green-300 bg-green-50 text-green-900",
  already_checked_in: "border-amber-300 bg-amber-50 text-amber-900",
  void: "border-red-300 bg-red-50 text-red-900",
  wrong_event: "border-red-300 bg-red-50 text-red-900",
  unknown: "border-red-300 bg-red-50 text-red-900",
};

/** The door: type, paste or scan a code; the answer comes back at once, the field is ready for the next. */
export function CheckInDesk({ brandSlug, eventId }: { brandSlug: string; eventId: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const input = useRef<HTMLInputElement>(null);
  const [code, setCode] = useState("");
  const counts = useQuery({ ...trpc.studio.checkInCounts.queryOptions({ brandSlug, eventId }), refetchInterval: 5000 });
  const checkIn = useMutation(
    trpc.studio.checkIn.mutationOptions({
      onSettled: () => {
        setCode("");
        input.current?.focus();
        void queryClient.invalidateQueries({ queryKey: trpc.studio.checkInCounts.queryKey({ brandSlug, eventId }) });
      },
    }),
  );
  const r = checkIn.data;
  return (
    <div className="flex flex-col gap-4">
      <form
        className="flex gap-2"
        onSubmit={(e) => {
          e.preventDefault();
          if (code.trim()) checkIn.mutate({ brandSlug, eventId, code });
        }}
      >
        <label htmlFor="ticket-code" className="sr-only">Ticket code</label>
        <input id="ticket-code" ref={input} autoFocus autoComplete="off" value={code} onChange={(e) => setCode(e.target.value)} placeholder="Type or paste a ticket code" className="flex-1 rounded-lg border border-zinc-300 px-3 py-3 font-mono text-sm" />
        <button className={buttonClass} disabled={checkIn.isPending}>{checkIn.isPending ? "Checking…" : "Check in"}</button>
      </form>
      <div aria-live="assertive" data-testid="check-in-result">
        {checkIn.isError ? <p role="alert" className="rounded-xl border border-red-300 bg-red-50 p-4 text-red-900">{checkIn.error.message}</p> : null}
        {r ? (
          <div className={`rounded-xl border p-5 ${STYLE[r.result]}`}>
            <p className="text-xl font-bold">{r.message}</p>
            {"attendeeName" in r ? <p className="mt-1">{r.attendeeName} · {r.productName}</p> : null}
          </div>
        ) : null}
      </div>
      <p className="text-sm text-zinc-600" data-testid="check-in-counts">
        {counts.data ? <>Checked in: <strong>{counts.data.checkedIn}</strong> of {counts.data.expected} expected</> : "Loading counts…"}
      </p>
    </div>
  );
}
