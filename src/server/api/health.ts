import { pingDatabase } from "@/server/eventlog";
import { log } from "@/server/platform/log";

/**
 * Liveness for deployments and CI: is the database reachable, and how far is the event log?
 * Public, so a failure says only "unreachable"; what went wrong goes to the log.
 */
export type Health = { ok: boolean; database: "reachable" | "unreachable"; events?: number };

export async function health(): Promise<Health> {
  try {
    const events = await pingDatabase();
    return { ok: true, database: "reachable", events };
  } catch (e) {
    log.error({ err: e }, "health: the database did not answer");
    return { ok: false, database: "unreachable" };
  }
}
