// Where a phase of the bench spends CPU, by process role: the web processes, the worker (the
// `npm start` process runs it), PostgreSQL's backends of the bench database, the bench itself
// (its buyers) and everything else on the machine. CPU time, read from /proc before and after,
// so the figures hold even on a busy machine — unlike wall-clock latency (Linux only; elsewhere
// every figure is 0).
import { readdirSync, readFileSync } from "node:fs";

export type Role = "web" | "worker" | "database" | "bench" | "other";
export type CpuByRole = Record<Role, number>;

const TICK_MS = 10; // USER_HZ is 100 on Linux

/** A process's role, from its command line. */
function roleOf(pid: number, cmdline: string, database: string): Role {
  if (pid === process.pid) return "bench";
  if (cmdline.includes("web-server.mjs")) return "web";
  if (cmdline.includes("scripts/start.ts")) return "worker";
  if (cmdline.startsWith("postgres:") && cmdline.includes(` ${database} `)) return "database";
  return "other";
}

/** CPU milliseconds used so far by the living processes of each role. */
export function cpuByRole(database: string): CpuByRole {
  const out: CpuByRole = { web: 0, worker: 0, database: 0, bench: 0, other: 0 };
  let pids: string[] = [];
  try {
    pids = readdirSync("/proc").filter((d) => /^\d+$/.test(d));
  } catch {
    return out;
  }
  for (const p of pids) {
    try {
      const cmdline = readFileSync(`/proc/${p}/cmdline`, "utf8").replace(/\0/g, " ").trim();
      // Fields after the command name (which may hold spaces and parentheses): utime, stime are 14, 15.
      const stat = readFileSync(`/proc/${p}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      const ticks = Number(fields[11]) + Number(fields[12]);
      out[roleOf(Number(p), cmdline, database)] += ticks * TICK_MS;
    } catch {
      /* the process ended meanwhile */
    }
  }
  return out;
}

/** What each role spent between two readings, in ms per `per` (e.g. per hold). */
export function spentPer(before: CpuByRole, after: CpuByRole, per: number): CpuByRole {
  // A process that ended meanwhile takes its time with it (a helper's build, say): never below 0.
  const each = (r: Role) => +Math.max(0, (after[r] - before[r]) / Math.max(1, per)).toFixed(2);
  return {
    web: each("web"),
    worker: each("worker"),
    database: each("database"),
    bench: each("bench"),
    other: each("other"),
  };
}
