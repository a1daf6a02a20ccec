// MARQUEE_CPU_PROFILE=<dir> (set by `npm run bench` with BENCH_PROFILE): this process records a V8
// CPU profile from now until it stops, and writes it there as <name>-<pid>.cpuprofile (open it in
// Chrome DevTools or speedscope). Node refuses --cpu-prof in NODE_OPTIONS, hence the inspector.
import { Session } from "node:inspector/promises";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";

/** Starts profiling when MARQUEE_CPU_PROFILE is set; the returned function writes the profile. */
export async function profileCpu(name) {
  const dir = process.env.MARQUEE_CPU_PROFILE;
  if (!dir) return async () => {};
  const session = new Session();
  session.connect();
  await session.post("Profiler.enable");
  await session.post("Profiler.setSamplingInterval", { interval: 1000 });
  await session.post("Profiler.start");
  return async () => {
    const { profile } = await session.post("Profiler.stop");
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, `${name}-${process.pid}.cpuprofile`), JSON.stringify(profile));
  };
}
