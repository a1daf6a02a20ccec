// The audit explorer's address: ?stream=order&id=ord_1&type=OrderPaid&actor=ann&from=2027-03-01
// &to=2027-03-14&before=1234. Anything a client sends that is not one of these is dropped (no
// filter), never an error. Days are UTC days; `to` is included.
import { z } from "zod";
import { AUDIT_SUBJECT_KINDS, type AuditFilter } from "@/server/eventlog";

/** A search param as Next hands it over: the first of repeated values. */
const first = (v: unknown) => (Array.isArray(v) ? v[0] : v);
const param = <T extends z.ZodTypeAny>(schema: T) => z.preprocess(first, schema.optional()).catch(undefined);

const day = z
  .string()
  .regex(/^(19[7-9]\d|2[01]\d\d)-\d{2}-\d{2}$/)
  .refine((d) => realDay(d));

/** A calendar day that exists (not 2027-02-30); zod runs this even after the pattern failed. */
function realDay(d: string): boolean {
  const at = Date.parse(`${d}T00:00:00Z`);
  return !Number.isNaN(at) && new Date(at).toISOString().startsWith(d);
}

/** The explorer's search params; every field falls back to "no filter", so parsing never fails. */
export const auditSearch = z.object({
  stream: param(z.enum(AUDIT_SUBJECT_KINDS)),
  id: param(z.string().regex(/^[A-Za-z0-9_-]{1,64}$/)),
  type: param(z.string().regex(/^[A-Za-z]{1,80}$/)),
  actor: param(
    z
      .string()
      .trim()
      .max(100)
      .transform((a) => a || undefined),
  ),
  from: param(day),
  to: param(day),
  before: param(z.string().regex(/^[1-9]\d{0,17}$/)),
});
export type AuditSearch = z.infer<typeof auditSearch>;

const DAY_MS = 86_400_000;

/** The filter the search asks for: a period given backwards is read the right way round. */
export function auditFilterOf(s: AuditSearch): AuditFilter {
  const [firstDay, lastDay] = s.from && s.to && s.from > s.to ? [s.to, s.from] : [s.from, s.to];
  return {
    kind: s.stream,
    subjectId: s.stream ? s.id : undefined,
    type: s.type,
    actor: s.actor,
    from: firstDay ? new Date(`${firstDay}T00:00:00Z`) : undefined,
    to: lastDay ? new Date(Date.parse(`${lastDay}T00:00:00Z`) + DAY_MS) : undefined,
  };
}

/** The same search as an address's query, without empty fields; `before` only when asked. */
export function auditQuery(s: Partial<AuditSearch>): string {
  const entries = Object.entries(s).filter(
    (e): e is [string, string] => typeof e[1] === "string" && e[1] !== "",
  );
  return entries.length ? `?${new URLSearchParams(entries).toString()}` : "";
}
