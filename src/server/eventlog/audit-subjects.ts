// What a log entry is about, for the audit explorer (docs/adr/0032). Pure: no database, no clock.

/** The things whose history the Studio links to. */
export const AUDIT_SUBJECT_KINDS = ["order", "event", "product", "pool"] as const;
export type AuditSubjectKind = (typeof AUDIT_SUBJECT_KINDS)[number];

/** The payload field that names each kind of thing (a bundle is a product too). */
const PAYLOAD_FIELDS: readonly (readonly [string, AuditSubjectKind])[] = [
  ["orderId", "order"],
  ["eventId", "event"],
  ["productId", "product"],
  ["bundleId", "product"],
  ["poolId", "pool"],
];

/** Streams named after the thing they are about: `order-<id>`, `tickets-<id>`, `prices-<product id>`… */
const STREAM_PREFIXES: readonly (readonly [string, AuditSubjectKind])[] = [
  ["order-", "order"],
  ["fulfillment-", "order"],
  ["tickets-", "order"],
  ["event-", "event"],
  ["prices-", "product"],
  ["pool-", "pool"],
];

/**
 * The subjects of one entry: each kind it is about ("order") and each thing ("order:<id>"), from
 * its stream's name and the ids its payload names at the top level. Lines inside a payload (an
 * order's products) are not subjects: a product's history is what was done to the product.
 */
export function auditSubjectsOf(e: { streamId: string; payload: Record<string, unknown> }): string[] {
  const things = new Set<string>();
  for (const [prefix, kind] of STREAM_PREFIXES) {
    if (e.streamId.startsWith(prefix) && e.streamId.length > prefix.length) {
      things.add(`${kind}:${e.streamId.slice(prefix.length)}`);
    }
  }
  for (const [field, kind] of PAYLOAD_FIELDS) {
    const id = e.payload[field];
    if (typeof id === "string" && id) things.add(`${kind}:${id}`);
  }
  const kinds = new Set([...things].map((t) => t.slice(0, t.indexOf(":"))));
  return [...kinds, ...things];
}

/** The explorer's filters; all optional, all already parsed. `to` is exclusive. */
export type AuditFilter = {
  kind?: AuditSubjectKind;
  /** One thing of `kind`: its history. Ignored without a kind. */
  subjectId?: string;
  type?: string;
  /** Part of the actor's name or e-mail, any case. */
  actor?: string;
  from?: Date;
  to?: Date;
};

/** The one subject an entry must carry to pass the filter, if any. */
export function subjectWanted(f: AuditFilter): string | null {
  if (!f.kind) return null;
  return f.subjectId ? `${f.kind}:${f.subjectId}` : f.kind;
}

/** The filter as a predicate, for entries read from the log before the projection has them. */
export function auditEntryMatches(
  f: AuditFilter,
  e: { subjects: string[]; type: string; actor: string; recordedAt: Date },
): boolean {
  const subject = subjectWanted(f);
  if (subject && !e.subjects.includes(subject)) return false;
  if (f.type && e.type !== f.type) return false;
  if (f.actor && !e.actor.toLowerCase().includes(f.actor.toLowerCase())) return false;
  if (f.from && e.recordedAt < f.from) return false;
  if (f.to && e.recordedAt >= f.to) return false;
  return true;
}
