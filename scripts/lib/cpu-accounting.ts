// Where a phase of the bench spends CPU, by process role: the web processes, the worker (the
// `npm start` process runs it), PostgreSQL's backends of the bench database, the bench itself
// (its buyers) and everything else on the machine. CPU time, read from /proc before and after,
// so the figures hold even on a busy machine — unlike wall-clock latency (Linux only; elsewhere
// every figure is 0).
import { readdirSync, readFileSync } from "node:fs";

export type Role = "web" | "worker" | "database" | "bench" | "other";
export type CpuByRole = Record<Role, number>;

const TICK_MS = 10; // USER_HZ is 100 on Linux

type Proc = { pid: number; ppid: number; cmdline: string; ms: number };

/** A process's parent and the CPU milliseconds (user + system) it has used so far. Throws once it has ended. */
export function statOf(pid: number): { ppid: number; ms: number } {
  // Fields after the command name (which may hold spaces and parentheses): ppid is the 4th,
  // utime and stime the 14th and 15th.
  const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return { ppid: Number(fields[1]), ms: (Number(fields[11]) + Number(fields[12])) * TICK_MS };
}

function processes(): Proc[] {
  let pids: string[] = [];
  try {
    pids = readdirSync("/proc").filter((d) => /^\d+$/.test(d));
  } catch {
    return [];
  }
  const out: Proc[] = [];
  for (const p of pids) {
    try {
      const cmdline = readFileSync(`/proc/${p}/cmdline`, "utf8").replace(/\0/g, " ").trim();
      out.push({ pid: Number(p), cmdline, ...statOf(Number(p)) });
    } catch {
      /* the process ended meanwhile */
    }
  }
  return out;
}

/** A reading: each living process's role and the CPU it has used so far. */
export type CpuReading = Map<number, { role: Role; ms: number }>;

/**
 * The CPU used so far by each living process, with its role: the app's are those below `appPid`
 * (its web processes, and the rest — `npm start` and any extra worker — as the worker);
 * PostgreSQL's are the backends of `database`. Another app on the machine counts as other.
 */
export function cpuByRole(appPid: number, database: string): CpuReading {
  const out: CpuReading = new Map();
  const all = processes();
  const parent = new Map(all.map((p) => [p.pid, p.ppid]));
  const inApp = (pid: number) => {
    for (let p = pid, hops = 0; p > 1 && hops < 20; p = parent.get(p) ?? 0, hops++)
      if (p === appPid) return true;
    return false;
  };
  for (const p of all) {
    const role: Role =
      p.pid === process.pid
        ? "bench"
        : inApp(p.pid)
          ? p.cmdline.includes("web-server.mjs")
            ? "web"
            : "worker"
          : p.cmdline.startsWith("postgres:") && p.cmdline.includes(` ${database} `)
            ? "database"
            : "other";
    out.set(p.pid, { role, ms: p.ms });
  }
  return out;
}

/**
 * What each role spent between two readings, in ms per `per` (e.g. per hold), process by process:
 * a process started meanwhile counts whole, one that ended meanwhile is left out. (Summed by role,
 * a pooled connection closed while idle took all its earlier time with it: fulfilment read 0 ms
 * of PostgreSQL.) What an ended process spent since the first reading is lost; it is small.
 */
export function spentPer(before: CpuReading, after: CpuReading, per: number): CpuByRole {
  const spent: CpuByRole = { web: 0, worker: 0, database: 0, bench: 0, other: 0 };
  for (const [pid, now] of after) spent[now.role] += now.ms - (before.get(pid)?.ms ?? 0);
  const each = (r: Role) => +Math.max(0, spent[r] / Math.max(1, per)).toFixed(2);
  return {
    web: each("web"),
    worker: each("worker"),
    database: each("database"),
    bench: each("bench"),
    other: each("other"),
  };
}
