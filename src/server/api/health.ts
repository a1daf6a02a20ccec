import { pingDatabase } from "@/server/eventlog";

/** Liveness for deployments and CI: is the database reachable, and how far is the event log? */
export async function health(): Promise<{ ok: boolean; database: "reachable" | "unreachable"; events?: number; error?: string }> {
  try {
    const events = await pingDatabase();
    return { ok: true, database: "reachable", events };
  } catch (e) {
    return { ok: false, database: "unreachable", error: (e as Error).message.split("\n")[0] };
  }
}
