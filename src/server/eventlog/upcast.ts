// Upcasting: an event type's payload may change shape while its old rows stay in the log as they
// were written. The read side turns an old payload into the current shape, so handlers and
// projections only ever see one shape per type (docs/adr/0025). The kernel knows no context: a
// context hands its upcasters in (from its index.ts), each kept next to the type in its events.ts.

/** Returns the payload in its type's current shape; a payload already current comes back as it is. */
export type Upcaster = (payload: Record<string, unknown>) => Record<string, unknown>;

const upcasters = new Map<string, Upcaster>();

/** Registers upcasters by event type. Idempotent; a type has one upcaster (the last registered). */
export function registerUpcasters(table: Readonly<Record<string, Upcaster>>): void {
  for (const [type, upcaster] of Object.entries(table)) upcasters.set(type, upcaster);
}

/** The payload in the shape its type's readers expect today. */
export function upcast(type: string, payload: Record<string, unknown>): Record<string, unknown> {
  const upcaster = upcasters.get(type);
  return upcaster ? upcaster(payload) : payload;
}
