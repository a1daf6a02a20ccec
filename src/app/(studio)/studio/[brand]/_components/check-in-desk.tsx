"use client";
import { useEffect, useRef, useState } from "react";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "use-intl";
import { useTRPC } from "@/app/_trpc/client";
import { buttonClass, secondaryButtonClass } from "@/components/ui";
import { ConfirmDialog } from "@/components/confirm-dialog";

/** "admit" lets the person in; "stop" is every refusal — a repeat scan above all must read as one. */
type Verdict = "admit" | "stop";
const verdictOf = (result: string): Verdict => (result === "valid" ? "admit" : "stop");

type DeskWords = ReturnType<typeof useTranslations<"studio.sales.checkIn">>;
type Answer = { result: string; message: string; at?: string };

/**
 * What the door is told, in the Studio's language: fulfillment answers with a result code (and an
 * English sentence, shown as it is for a code this desk does not know).
 */
function answerText(t: DeskWords, r: Answer): string {
  switch (r.result) {
    case "valid":
      return t("answer.valid");
    case "already_checked_in":
      return t("answer.alreadyCheckedIn", { at: r.at ?? "" });
    case "void":
      return t("answer.void");
    case "wrong_event":
      return t("answer.wrongEvent");
    case "unknown":
      return t("answer.unknown");
    default:
      return r.message;
  }
}

const VERDICT_STYLE: Record<Verdict | "undone", string> = {
  admit: "border-green-300 bg-green-50 text-green-900",
  stop: "border-red-800 bg-red-700 text-white",
  undone: "border-zinc-300 bg-zinc-50 text-zinc-900",
};

type Detector = { detect(source: HTMLVideoElement): Promise<{ rawValue: string }[]> };
type DetectorClass = {
  new (opts: { formats: string[] }): Detector;
  getSupportedFormats?: () => Promise<string[]>;
};

/**
 * A beep per answer where the browser allows it: one high tone to admit, two low ones to stop,
 * so door staff need not read the screen. `prime` runs on the staff's gesture (browsers only
 * let a page make sound after one); any failure stays silent — the screen says it all anyway.
 */
function useDoorSound() {
  const audio = useRef<AudioContext | null>(null);
  const prime = () => {
    try {
      audio.current ??= new AudioContext();
      void audio.current.resume().catch(() => {});
    } catch {
      audio.current = null;
    }
  };
  const tones = (frequencies: number[]) => {
    try {
      const ctx = audio.current;
      if (!ctx) return;
      frequencies.forEach((frequency, i) => {
        const start = ctx.currentTime + i * 0.22;
        const tone = ctx.createOscillator();
        const volume = ctx.createGain();
        tone.type = "square";
        tone.frequency.value = frequency;
        volume.gain.setValueAtTime(0.15, start);
        volume.gain.exponentialRampToValueAtTime(0.001, start + 0.18);
        tone.connect(volume).connect(ctx.destination);
        tone.start(start);
        tone.stop(start + 0.2);
      });
    } catch {
      // No sound here: the answer is on the screen.
    }
  };
  return { prime, play: (v: Verdict) => tones(v === "admit" ? [1320] : [440, 220]) };
}

/**
 * The door: type, paste or scan a code — with the device's camera where the browser has the
 * BarcodeDetector API (Chrome on Android, for one); the answer comes back at once, the field is
 * ready for the next. A refusal is a red stop with its own sound. A check-in can be undone (a
 * scan by mistake), after a question: never as the obvious next click.
 */
export function CheckInDesk({ brandSlug, eventId }: { brandSlug: string; eventId: string }) {
  const trpc = useTRPC();
  const t = useTranslations("studio.sales.checkIn");
  const queryClient = useQueryClient();
  const input = useRef<HTMLInputElement>(null);
  const [code, setCode] = useState("");
  const [asking, setAsking] = useState(false);
  const sound = useDoorSound();
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
      onSuccess: (answer) => sound.play(verdictOf(answer.result)),
      onError: () => sound.play("stop"),
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
      sound.prime();
      undo.reset();
      checkIn.mutate({ brandSlug, eventId, code: value.trim() });
    }
  };
  const undone = !!undo.data?.undone;
  const verdict = r ? verdictOf(r.result) : null;

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
          {t("ticketCode")}
        </label>
        <input
          id="ticket-code"
          ref={input}
          autoFocus
          autoComplete="off"
          value={code}
          onChange={(e) => setCode(e.target.value)}
          placeholder={t("codePlaceholder")}
          // Codes in monospace; the hint in the text face, narrower, so a phone shows all of it.
          className="min-w-0 flex-1 rounded-lg border border-zinc-300 px-3 py-3 font-mono text-sm placeholder:font-sans"
        />
        <button className={buttonClass} disabled={checkIn.isPending}>
          {checkIn.isPending ? t("checking") : t("checkIn")}
        </button>
      </form>
      <CameraScanner onCode={submit} onStart={sound.prime} />
      <div data-testid="check-in-result">
        {checkIn.isError ? (
          <p
            role="alert"
            data-verdict="stop"
            className={`rounded-xl border-2 p-5 text-2xl font-bold ${VERDICT_STYLE.stop}`}
          >
            {checkIn.error.message}
          </p>
        ) : null}
        {r && verdict ? (
          <div
            // A new element per answer, so each one is announced, even the same answer twice.
            key={checkIn.submittedAt}
            role={verdict === "stop" && !undone ? "alert" : "status"}
            data-verdict={undone ? "undone" : verdict}
            className={`rounded-xl border-2 p-5 ${VERDICT_STYLE[undone ? "undone" : verdict]}`}
          >
            <p className={verdict === "stop" && !undone ? "text-4xl font-extrabold" : "text-2xl font-bold"}>
              {undone ? t("undone") : answerText(t, r)}
            </p>
            {"attendeeName" in r ? (
              <p className="mt-2 text-lg">
                {r.attendeeName} · {r.productName}
                {r.result === "already_checked_in" && r.checkedInBy
                  ? ` · ${t("letInBy", { name: r.checkedInBy })}`
                  : null}
              </p>
            ) : null}
          </div>
        ) : null}
        {r && "ticketId" in r && !undone ? (
          <p className="mt-2 text-right text-xs text-zinc-500">
            {r.result === "already_checked_in" ? t("firstScanMistake") : t("scannedByMistake")}{" "}
            <button
              type="button"
              className="underline underline-offset-2 hover:text-zinc-800 disabled:opacity-60"
              disabled={undo.isPending}
              onClick={() => setAsking(true)}
            >
              {undo.isPending ? t("undoing") : t("undoEllipsis")}
            </button>
          </p>
        ) : null}
        {r && "ticketId" in r ? (
          <ConfirmDialog
            open={asking}
            question={{
              title:
                r.result === "already_checked_in"
                  ? t("undoTitleAt", { at: r.at })
                  : t("undoTitle", { name: r.attendeeName }),
              body: t("undoBody", { name: r.attendeeName, product: r.productName }),
              confirm: t("undo"),
              cancel: t("keepCheckedIn"),
              tone: "danger",
            }}
            onCancel={() => {
              setAsking(false);
              input.current?.focus();
            }}
            onConfirm={() => {
              setAsking(false);
              undo.mutate({ brandSlug, eventId, ticketId: r.ticketId });
              input.current?.focus();
            }}
          />
        ) : null}
      </div>
      <div className="text-sm text-zinc-600" data-testid="check-in-counts">
        {counts.data ? (
          <>
            <p>
              {t.rich("counts", {
                checkedIn: counts.data.checkedIn,
                expected: counts.data.expected,
                strong: (chunks) => <strong>{chunks}</strong>,
              })}
            </p>
            {counts.data.perProduct.length > 1 ? (
              <ul className="mt-1 flex flex-col gap-0.5">
                {counts.data.perProduct.map((p) => (
                  <li key={p.productName}>
                    {t("perProduct", {
                      product: p.productName,
                      checkedIn: p.checkedIn,
                      expected: p.expected,
                    })}
                  </li>
                ))}
              </ul>
            ) : null}
          </>
        ) : (
          t("loadingCounts")
        )}
      </div>
    </div>
  );
}

/** Scans QR codes with the camera where the browser can (BarcodeDetector); elsewhere, says to type. */
function CameraScanner({ onCode, onStart }: { onCode: (code: string) => void; onStart: () => void }) {
  const t = useTranslations("studio.sales.checkIn.camera");
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
        setError(t("couldNotOpen"));
        setOn(false);
      });
    return () => {
      clearInterval(timer);
      stream?.getTracks().forEach((track) => track.stop());
    };
    // The words are read when the camera fails, not a reason to restart it.
  }, [on]);

  if (supported === null) return null;
  if (!supported) return <p className="text-xs text-zinc-500">{t("unsupported")}</p>;
  return (
    <div className="flex flex-col gap-2">
      <button
        type="button"
        className={`${secondaryButtonClass} self-start`}
        onClick={() => {
          onStart();
          setError(null);
          setOn((x) => !x);
        }}
      >
        {on ? t("stop") : t("scan")}
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
          aria-label={t("preview")}
        />
      ) : null}
    </div>
  );
}
