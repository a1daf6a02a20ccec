// The one logger: structured (pino, one JSON line per entry), with levels, and bounded — no
// entry is longer than a few kilobytes, however long the message or stack it was given, so a
// flood of errors can fill a log only as fast as its line count allows (issue 11, finding 2).
import pino from "pino";

/** The longest string kept in any field of a log entry. */
export const MAX_FIELD = 500;
const MAX_STACK_FRAMES = 6;

export function bounded(text: string, max = MAX_FIELD): string {
  return text.length <= max ? text : `${text.slice(0, max)}… (${text.length - max} more characters)`;
}

/** An error as a small object: its type, message, code and the first frames of its stack. */
export function errorFields(e: unknown): Record<string, unknown> {
  if (!(e instanceof Error)) return { message: bounded(String(e)) };
  const stack = (e.stack ?? "")
    .split("\n")
    .slice(1, 1 + MAX_STACK_FRAMES)
    .map((line) => bounded(line.trim(), 200));
  const code = (e as { code?: unknown }).code;
  return { type: e.name, message: bounded(e.message), ...(typeof code === "string" ? { code } : {}), stack };
}

function boundFields(fields: Record<string, unknown>, depth = 0): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(fields).slice(0, 30)) {
    if (typeof v === "string") out[k] = bounded(v);
    else if (v instanceof Error) out[k] = errorFields(v);
    else if (v && typeof v === "object" && !Array.isArray(v) && depth < 2)
      out[k] = boundFields(v as Record<string, unknown>, depth + 1);
    else if (Array.isArray(v))
      out[k] = v.slice(0, 20).map((x) => (typeof x === "string" ? bounded(x, 200) : x));
    else out[k] = v;
  }
  return out;
}

const level = process.env.LOG_LEVEL ?? (process.env.MARQUEE_ENV === "test" ? "warn" : "info");

export const log = pino({
  level,
  base: { service: process.env.MARQUEE_PROCESS ?? "web", pid: process.pid },
  // boundFields (below) may have turned the Error into fields already.
  serializers: { err: (e: unknown) => (e instanceof Error ? errorFields(e) : e) },
  formatters: { log: (fields) => boundFields(fields) },
  hooks: {
    // The message itself is bounded too (pino passes it as the last string argument).
    logMethod(args, method) {
      const last = args.length - 1;
      if (typeof args[last] === "string") args[last] = bounded(args[last] as string, 1000);
      return method.apply(this, args as Parameters<typeof method>);
    },
  },
});

export type Logger = typeof log;
