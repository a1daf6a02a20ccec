// `npx tsx scripts/compare-builds.ts [--turns 30] [--requests 2000] name=url name=url …`: the same
// page of builds running side by side (each its own `npm start`, say a worktree of an older
// commit on another port and database), loaded one at a time in turns, 20 connections. Per turn
// it records req/s and the CPU milliseconds per request of the process listening on the URL's port
// (Linux /proc). It prints the medians, and per build the median of the per-turn ratios to the
// first build. On a noisy machine, the same process can vary by 20 % from one turn to the next.
// Paired turns cancel the drift that hits every build alike; a single run does not (docs/adr/0040).
import { execFileSync } from "node:child_process";
import autocannon from "autocannon";
import { statOf } from "./lib/cpu-accounting";

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args.splice(i, 2)[1]) : fallback;
};
const TURNS = option("turns", 30);
const REQUESTS = option("requests", 2000);

/** The process that listens on a port: its CPU time is the page's cost. */
function listenerOf(port: string): number {
  const out = execFileSync("ss", ["-ltnpH", `sport = :${port}`]).toString();
  const pid = /pid=(\d+)/.exec(out)?.[1];
  if (!pid) throw new Error(`nothing listens on port ${port}`);
  return Number(pid);
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const quartiles = (xs: number[]): [number, number] => {
  const s = [...xs].sort((a, b) => a - b);
  return [s[Math.floor(s.length / 4)]!, s[Math.floor((3 * s.length) / 4)]!];
};

async function main() {
  const builds = args.map((pair) => {
    const at = pair.indexOf("=");
    if (at < 1) throw new Error(`expected name=url, got ${pair}`);
    const url = pair.slice(at + 1);
    return {
      name: pair.slice(0, at),
      url,
      pid: listenerOf(new URL(url).port),
      rps: [] as number[],
      cpu: [] as number[],
    };
  });
  if (builds.length < 2) throw new Error("name two builds or more: name=url name=url");
  for (const b of builds) await autocannon({ url: b.url, connections: 20, amount: 1000 }); // warm-up
  for (let turn = 0; turn < TURNS; turn++) {
    for (const b of builds) {
      const before = statOf(b.pid).ms;
      const started = performance.now();
      const r = await autocannon({ url: b.url, connections: 20, amount: REQUESTS });
      if (r.errors + r.non2xx > 0) throw new Error(`${b.name}: ${r.errors} errors, ${r.non2xx} non-2xx`);
      b.rps.push(r.requests.total / ((performance.now() - started) / 1000));
      b.cpu.push((statOf(b.pid).ms - before) / r.requests.total);
    }
  }
  const [first] = builds;
  console.log(
    `| build | req/s (median) | CPU ms per request (median) | per-turn ratio to ${first!.name}: req/s | by CPU |`,
  );
  console.log("|---|---|---|---|---|");
  for (const b of builds) {
    const rps = b.rps.map((x, i) => x / first!.rps[i]!);
    const cpu = b.cpu.map((x, i) => first!.cpu[i]! / x);
    const [q1, q3] = quartiles(cpu);
    console.log(
      `| ${b.name} | ${Math.round(median(b.rps))} | ${median(b.cpu).toFixed(3)} | ${median(rps).toFixed(3)} | ` +
        `${median(cpu).toFixed(3)} (quartiles ${q1.toFixed(2)}–${q3.toFixed(2)}) |`,
    );
  }
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
