// insights_ms (issue 15): the event Insights page of the exports bench's generated event (its
// BENCH_EXPORT_ORDERS orders), rendered by the running app for a signed-in organizer, one request
// at a time — p50 and p99 of BENCH_INSIGHTS_CALLS requests after two warm-ups. The generated
// orders were moved past every subscriber, so insights' sales projection is first rebuilt from
// the log (timed as insights_rebuild_s): the page then reads read models that hold every order.
import { studioSession } from "./studio-session";

const CALLS = Number(process.env.BENCH_INSIGHTS_CALLS ?? 30);

export type InsightsBench = { rebuildSeconds: number; p50: number; p99: number; calls: number };

export async function measureInsights(
  base: string,
  page: { brandSlug: string; eventId: string },
  organizer: { email: string; password: string },
  log: (m: string) => void,
): Promise<InsightsBench> {
  const { rebuildProjections } = await import("@/server/eventlog");
  const insights = await import("@/server/insights");
  log("[bench] insights: rebuilding the sales read models from the log");
  const t0 = performance.now();
  await rebuildProjections([insights.salesProjection]);
  const rebuildSeconds = (performance.now() - t0) / 1000;

  const cookie = await studioSession(base, organizer.email, organizer.password);
  const url = `${base}/studio/${page.brandSlug}/events/${page.eventId}/insights?period=30d`;
  const once = async () => {
    const t = performance.now();
    const res = await fetch(url, { headers: { cookie } });
    const html = await res.text();
    if (res.status !== 200 || !html.includes('data-testid="insights"'))
      throw new Error(`the Insights page answered ${res.status}`);
    return performance.now() - t;
  };
  await once();
  await once();
  log(`[bench] insights: ${CALLS} requests of the event's Insights page, one at a time`);
  const ms: number[] = [];
  for (let i = 0; i < CALLS; i++) ms.push(await once());
  ms.sort((a, b) => a - b);
  const at = (p: number) => ms[Math.min(ms.length - 1, Math.floor((p / 100) * ms.length))]!;
  return { rebuildSeconds, p50: at(50), p99: at(99), calls: CALLS };
}
