/** A domain event as a context emits it: a past-tense type and a JSON payload. */
export type DomainEvent<T extends string = string, P = Record<string, unknown>> = { type: T; payload: P };

/** Who did it, for which brand, and why (correlation: the whole flow; causation: the event or command that caused it). */
export type EventMetadata = {
  actor: string;
  brandId: string;
  correlationId: string;
  causationId: string | null;
};

export type RecordedEvent<E extends DomainEvent = DomainEvent> = E & {
  position: bigint;
  transactionId: string;
  streamId: string;
  streamVersion: number;
  metadata: EventMetadata;
  recordedAt: Date;
};

/** A handler or projector. It keeps its own checkpoint and must be idempotent: delivery is at least once. */
export type Subscriber = {
  name: string;
  /** What it does, in an organizer's words: the Studio's system view says what failed with it. */
  purpose?: string;
  /** Event types it wants (or "all"); others advance its checkpoint without a call. */
  handles: readonly string[] | "all";
  handle(event: RecordedEvent): Promise<void>;
  /** Projections only: empty the read model, so a rebuild can replay the whole log into it. */
  reset?(): Promise<void>;
};

export function wants(sub: Subscriber, type: string): boolean {
  return sub.handles === "all" || sub.handles.includes(type);
}
