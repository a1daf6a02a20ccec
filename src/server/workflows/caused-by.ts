import type { RecordedEvent } from "@/server/eventlog";

/** The metadata of what a subscriber does about `e`: the system acting, caused by that event. */
export const causedBy = (e: RecordedEvent) => ({
  ...e.metadata,
  actor: "system",
  causationId: e.position.toString(),
});
