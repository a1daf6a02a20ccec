"use client";
import { useEffect, useState } from "react";
import { useTranslations } from "use-intl";

/**
 * "9:41" until `until`; calls `onEnd` once when it reaches zero. Screen readers are not told each
 * second (the digits are not live); a status says "Less than 5 minutes left." at a few marks.
 */
export function Countdown({ until, onEnd }: { until: string; onEnd?: () => void }) {
  const end = new Date(until).getTime();
  const [left, setLeft] = useState(() => Math.max(0, end - Date.now()));
  useEffect(() => {
    const tick = () => {
      const ms = Math.max(0, end - Date.now());
      setLeft(ms);
      if (ms === 0) {
        clearInterval(timer);
        onEnd?.();
      }
    };
    const timer = setInterval(tick, 250);
    tick();
    return () => clearInterval(timer);
  }, [end, onEnd]);
  const s = Math.ceil(left / 1000);
  const t = useTranslations("countdown");
  return (
    <>
      <span data-testid="countdown" aria-live="off" className="font-mono tabular-nums">
        {Math.floor(s / 60)}:{String(s % 60).padStart(2, "0")}
      </span>
      {/* Read out at a few marks only, never every second. */}
      <span className="sr-only" role="status" data-testid="countdown-announcement">
        {announcementAt(s, (key, values) => t(key, values))}
      </span>
    </>
  );
}

const MARKS = [10 * 60, 5 * 60, 2 * 60, 60, 30];

/** The countdown's words in the fan's language (messages "countdown.*"). */
export type CountdownWords = (key: "up" | "minutes" | "seconds", values?: Record<string, number>) => string;

/** What a screen reader hears with `seconds` left: the last mark passed, or "" before the first. */
export function announcementAt(seconds: number, t: CountdownWords): string {
  if (seconds <= 0) return t("up");
  const mark = MARKS.find((m, i) => seconds <= m && seconds > (MARKS[i + 1] ?? 0));
  if (mark === undefined) return "";
  return mark >= 60 ? t("minutes", { minutes: mark / 60 }) : t("seconds", { seconds: mark });
}
