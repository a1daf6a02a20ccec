"use client";
import { useEffect, useRef, useState } from "react";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useTRPC } from "@/app/_trpc/client";
import { buttonClass, secondaryButtonClass } from "@/components/ui";

const STYLE: Record<string, string> = {
  valid: "border-green-300 bg-green-50 text-green-900",
  already_checked_in: "border-amber-300 bg-amber-50 text-amber-900",
  void: "border-red-300 bg-red-50 text-red-900",
  wrong_event: "border-red-300 bg-red-50 text-red-900",
  unknown: "border-red-300 bg-red-50 text-red-900",
};

type Detector = { detect(source: HTMLVideoElement): Promise<{ rawValue: string }[]> };
type DetectorClass = {
  new (opts: { formats: string[] }): Detector;
  getSupportedFormats?: () => Promise<string[]>;
};

/**
 * The door: type, paste or scan a code — with the device's camera where the browser has the
 * BarcodeDetector API (Chrome on Android, for one); the answer comes back at once, the field is
 * ready for the next. A check-in can be undone (a scan by mistake).
 */
export function CheckInDesk({ brandSlug, eventId }: { brandSlug: string; eventId: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const input = useRef<HTMLInputElement>(null);
  const [code, setCode] = useState("");
  const counts = useQuery({
    ...trpc.studio.checkInCounts.queryOptions({ brandSlug, eventId }),
    refetchInterval: 5000,
  });
  const refreshCounts = () =>
    void queryClient.invalidateQueries({
      queryKey: trpc.studio.checkInCounts.queryKey({ brandSlug, eventId }),
    });
  const checkIn = useMutation(
    trpc.studio.checkIn.mutationOptions({
      onSettled: () => {
        setCode("");
        input.current?.focus();
        refreshCounts();
      },
    }),
  );
  const undo = useMutation(trpc.studio.undoCheckIn.mutationOptions({ onSettled: refreshCounts }));
  const r = checkIn.data;
  const submit = (value: string) => {
    if (value.trim() && !checkIn.isPending) {
      undo.reset();
      checkIn.mutate({ brandSlug, eventId, code: value.trim() });
    }
  };

  return (
    <div className="flex flex-col gap-4">
      <form
        className="flex gap-2"
        onSubmit={(e) => {
          e.preventDefault();
          submit(code);
        }}
      >
        <label htmlFor="ticket-code" className="sr-only">
          Ticket code
        </label>
        <input
          id="ticket-code"
          ref={input}
          autoFocus
          autoComplete="off"
          value={code}
          onChange={(e) => setCode(e.target.value)}
          placeholder="Type or paste a ticket code"
          className="flex-1 rounded-lg border border-zinc-300 px-3 py-3 font-mono text-sm"
        />
        <button className={buttonClass} disabled={checkIn.isPending}>
          {checkIn.isPending ? "Checking…" : "Check in"}
        </button>
      </form>
      <CameraScanner onCode={submit} />
      <div aria-live="assertive" data-testid="check-in-result">
        {checkIn.isError ? (
          <p role="alert" className="rounded-xl border border-red-300 bg-red-50 p-4 text-red-900">
            {checkIn.error.message}
          </p>
        ) : null}
        {r ? (
          <div className={`rounded-xl border p-5 ${STYLE[r.result]}`}>
            <p className="text-xl font-bold">
              {undo.data?.undone ? "Check-in undone — this ticket may enter again." : r.message}
            </p>
            {"attendeeName" in r ? (
              <p className="mt-1">
                {r.attendeeName} · {r.productName}
              </p>
            ) : null}
            {"ticketId" in r && !undo.data?.undone ? (
              <button
                type="button"
                className={`${secondaryButtonClass} mt-3 text-sm`}
                disabled={undo.isPending}
                onClick={() => undo.mutate({ brandSlug, eventId, ticketId: r.ticketId })}
              >
                {undo.isPending ? "Undoing…" : "Undo check-in"}
              </button>
            ) : null}
          </div>
        ) : null}
      </div>
      <div className="text-sm text-zinc-600" data-testid="check-in-counts">
        {counts.data ? (
          <>
            <p>
              Checked in: <strong>{counts.data.checkedIn}</strong> of {counts.data.expected} expected
            </p>
            {counts.data.perProduct.length > 1 ? (
              <ul className="mt-1 flex flex-col gap-0.5">
                {counts.data.perProduct.map((p) => (
                  <li key={p.productName}>
                    {p.productName}: {p.checkedIn} of {p.expected}
                  </li>
                ))}
              </ul>
            ) : null}
          </>
        ) : (
          "Loading counts…"
        )}
      </div>
    </div>
  );
}

/** Scans QR codes with the camera where the browser can (BarcodeDetector); elsewhere, says to type. */
function CameraScanner({ onCode }: { onCode: (code: string) => void }) {
  const [supported, setSupported] = useState<boolean | null>(null);
  const [on, setOn] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const video = useRef<HTMLVideoElement>(null);
  const last = useRef<{ code: string; at: number } | null>(null);
  // The latest handler, without restarting the camera whenever the desk re-renders.
  const handler = useRef(onCode);
  useEffect(() => {
    handler.current = onCode;
  }, [onCode]);

  useEffect(() => {
    const D = (window as unknown as { BarcodeDetector?: DetectorClass }).BarcodeDetector;
    if (!D || !navigator.mediaDevices?.getUserMedia) return setSupported(false);
    void (D.getSupportedFormats?.() ?? Promise.resolve(["qr_code"]))
      .then((f) => setSupported(f.includes("qr_code")))
      .catch(() => setSupported(false));
  }, []);

  useEffect(() => {
    if (!on) return;
    const D = (window as unknown as { BarcodeDetector: DetectorClass }).BarcodeDetector;
    const detector = new D({ formats: ["qr_code"] });
    let stream: MediaStream | null = null;
    let timer: ReturnType<typeof setInterval> | undefined;
    navigator.mediaDevices
      .getUserMedia({ video: { facingMode: "environment" } })
      .then((s) => {
        stream = s;
        if (!video.current) return;
        video.current.srcObject = s;
        void video.current.play();
        timer = setInterval(async () => {
          if (!video.current || video.current.readyState < 2) return;
          const found = await detector.detect(video.current).catch(() => []);
          const value = found[0]?.rawValue;
          // The same code held in front of the camera is sent once, not every frame.
          if (value && !(last.current?.code === value && Date.now() - last.current.at < 3000)) {
            last.current = { code: value, at: Date.now() };
            handler.current(value);
          }
        }, 300);
      })
      .catch(() => {
        setError("The camera could not be opened. Allow camera access, or type the code.");
        setOn(false);
      });
    return () => {
      clearInterval(timer);
      stream?.getTracks().forEach((t) => t.stop());
    };
  }, [on]);

  if (supported === null) return null;
  if (!supported)
    return (
      <p className="text-xs text-zinc-500">
        This browser cannot scan with the camera: type or paste codes, or use a handheld scanner (it types for
        you).
      </p>
    );
  return (
    <div className="flex flex-col gap-2">
      <button
        type="button"
        className={`${secondaryButtonClass} self-start`}
        onClick={() => {
          setError(null);
          setOn((x) => !x);
        }}
      >
        {on ? "Stop camera" : "Scan with camera"}
      </button>
      {error ? (
        <p role="alert" className="text-sm text-red-700">
          {error}
        </p>
      ) : null}
      {on ? (
        <video
          ref={video}
          muted
          playsInline
          className="w-full max-w-sm rounded-lg bg-black"
          aria-label="Camera preview"
        />
      ) : null}
    </div>
  );
}
