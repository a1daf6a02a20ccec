/**
 * A domain event as a context emits it: a past-tense type and a JSON payload. Each context
 * declares its events in its `events.ts` as one closed union of these (`CheckoutEvent`…), and
 * appends and subscribes through that union — never a bare `DomainEvent` (docs/adr/0025).
 */
export type DomainEvent<T extends string = string, P extends object = Record<string, unknown>> = {
  type: T;
  payload: P;
};

/**
 * Who did it, for which brand, and why (correlation: the whole flow; causation: the event or command that
 * caused it).
 */
export type EventMetadata = {
  actor: string;
  brandId: string;
  correlationId: string;
  causationId: string | null;
};

/** An event as read back from the log. A union stays a union, so `switch (e.type)` narrows its payload. */
export type RecordedEvent<E extends DomainEvent = DomainEvent> = E & {
  position: bigint;
  transactionId: string;
  streamId: string;
  streamVersion: number;
  metadata: EventMetadata;
  recordedAt: Date;
};

/**
 * A handler or projector of the events `E` (a context's union, or some of its members). It keeps
 * its own checkpoint and must be idempotent: delivery is at least once. `handles` names the types
 * it is given, so `handle` receives exactly those, their payloads typed (upcast when old).
 */
export type Subscriber<E extends DomainEvent = DomainEvent> = {
  name: string;
  /** What it does, in an organizer's words: the Studio's system view says what failed with it. */
  purpose?: string;
  /** Event types it wants (or "all"); others advance its checkpoint without a call. */
  handles: readonly E["type"][] | "all";
  handle(event: RecordedEvent<E>): Promise<void>;
  /** Projections only: empty the read model, so a rebuild can replay the whole log into it. */
  reset?(): Promise<void>;
};

/**
 * A subscriber that can take its new events many at a time (issue 13: fulfilment keeps up with
 * a rush). `handleBatch` gets events of distinct streams, in log order, and answers which of
 * them failed: those alone are held (retried, then parked) like a failed `handle`; the others
 * count as delivered. Held events are retried one at a time through `handle`.
 */
export type BatchSubscriber<E extends DomainEvent = DomainEvent> = Subscriber<E> & {
  handleBatch(events: RecordedEvent<E>[]): Promise<{ event: RecordedEvent<E>; error: unknown }[]>;
  /**
   * Its batches may hold several events of one stream, in log order: it applies them in that
   * order, in one transaction, and so succeeds or fails whole (a projection replaying the log:
   * an order's events follow one another, and batches of distinct streams would hold one or two).
   */
  inLogOrder?: true;
};

export function wants(sub: Subscriber, type: string): boolean {
  return sub.handles === "all" || sub.handles.includes(type);
}
