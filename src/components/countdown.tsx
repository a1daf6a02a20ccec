"use client";
import { useEffect, useState } from "react";

/** "9:41" until `until`; calls `onEnd` once when it reaches zero. */
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
  return (
    <span data-testid="countdown" aria-live="off" className="font-mono tabular-nums">
      {Math.floor(s / 60)}:{String(s % 60).padStart(2, "0")}
    </span>
  );
}
