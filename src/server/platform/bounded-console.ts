// Next.js and libraries log through console.* themselves. In production those calls go through
// the bounded logger instead: each entry a few kilobytes at most (an Error is its type, message
// and first stack frames, never a whole minified line), and at most BURST error/warning lines a
// second — the rest are counted and reported once a second. A flood of failing requests then
// grows the log by kilobytes a second, not by the 35–100 MB/s seen in issue 11 (finding 2).
import { format } from "node:util";
import { bounded, errorFields, log } from "./log";

export const BURST = 20;

type Level = "error" | "warn" | "info";

export function boundedConsole(now: () => number = Date.now) {
  let windowStart = 0;
  let inWindow = 0;
  let suppressed = 0;
  const flushSuppressed = () => {
    if (suppressed > 0) log.warn({ suppressed }, "log lines suppressed in the last second (too many)");
    suppressed = 0;
  };
  return (level: Level) =>
    (...args: unknown[]) => {
      const t = now();
      if (t - windowStart >= 1000) {
        flushSuppressed();
        windowStart = t;
        inWindow = 0;
      }
      if (level !== "info" && ++inWindow > BURST) {
        suppressed++;
        return;
      }
      const err = args.find((a): a is Error => a instanceof Error);
      const text = args
        .filter((a) => a !== err)
        .map((a) => (typeof a === "string" ? bounded(a, 1000) : bounded(format("%o", a), 1000)))
        .join(" ");
      log[level](err ? { err: errorFields(err) } : {}, bounded(text, 2000));
    };
}

/** Route console.error/warn/log through the bounded logger (production servers). */
export function installBoundedConsole() {
  const to = boundedConsole();
  console.error = to("error");
  console.warn = to("warn");
  console.log = to("info");
}
