// Reading a Studio form: the field names come from the action's zod schema, never from the
// request. A schema `{ name, phases: z.array(z.object({ price })) }` reads "name" and
// "phases.0.price" … "phases.49.price" — a field the schema does not name is never looked at, so
// no client-chosen key (`__proto__.x`, `phases.999999999.price`) reaches an object or an array.
// The result is then parsed by that same schema (issue 11, findings 1 and 3).
import { z } from "zod";

/** Repeating rows (variants, phases, components, draws) a form may send; more are not read. */
export const MAX_ROWS = 50;
/** Fields read from one request at most; a form with more is refused before any is read. */
export const MAX_FIELDS = 2_000;

type AnySchema = z.ZodType;

/** The schema under optional/nullable/default/preprocess wrappers: what decides the field's shape. */
function core(schema: AnySchema): AnySchema {
  let s: AnySchema = schema;
  for (let i = 0; i < 10; i++) {
    if (s instanceof z.ZodOptional || s instanceof z.ZodNullable || s instanceof z.ZodDefault)
      s = s.unwrap() as AnySchema;
    else if (s instanceof z.ZodPipe)
      s = (s.in as AnySchema) instanceof z.ZodTransform ? (s.out as AnySchema) : (s.in as AnySchema);
    else return s;
  }
  return s;
}

type Fields = Map<string, FormDataEntryValue[]>;

function fieldsOf(fd: FormData): Fields | null {
  const fields: Fields = new Map();
  let n = 0;
  for (const [key, value] of fd.entries()) {
    if (++n > MAX_FIELDS) return null;
    const list = fields.get(key);
    if (list) list.push(value);
    else fields.set(key, [value]);
  }
  return fields;
}

const strings = (values: FormDataEntryValue[] | undefined) =>
  (values ?? []).filter((v): v is string => typeof v === "string");

function readObject(fields: Fields, prefix: string, schema: z.ZodObject): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, field] of Object.entries(schema.shape as Record<string, AnySchema>)) {
    const key = `${prefix}${name}`;
    const inner = core(field);
    if (inner instanceof z.ZodArray) {
      const element = core(inner.element as AnySchema);
      out[name] = element instanceof z.ZodObject ? readRows(fields, key, element) : strings(fields.get(key));
    } else if (inner instanceof z.ZodObject) {
      out[name] = readObject(fields, `${key}.`, inner);
    } else {
      const value = fields.get(key)?.[0];
      if (value !== undefined) out[name] = value;
    }
  }
  return out;
}

/**
 * Rows named "<key>.<i>.<field>"; a row the organizer left empty is not a row. No row field in
 * the form at all (a form without that section) reads as undefined, not as an empty list.
 */
function readRows(fields: Fields, key: string, row: z.ZodObject): Record<string, unknown>[] | undefined {
  const rows: Record<string, unknown>[] = [];
  let sent = false;
  for (let i = 0; i < MAX_ROWS; i++) {
    const r = readObject(fields, `${key}.${i}.`, row);
    const values = Object.values(r);
    sent ||= values.length > 0;
    if (values.some((v) => v !== undefined && v !== "" && !(Array.isArray(v) && v.length === 0)))
      rows.push(r);
  }
  return sent ? rows : undefined;
}

export type FormRead<T> = { ok: true; data: T } | { ok: false; error: string; field?: string };

/** Read the fields `schema` names from `fd`, then parse them with it. */
export function readForm<S extends z.ZodObject>(fd: unknown, schema: S): FormRead<z.output<S>> {
  if (!(fd instanceof FormData))
    return { ok: false, error: "This form could not be read. Reload the page and try again." };
  const fields = fieldsOf(fd);
  if (!fields) return { ok: false, error: "This form has too many fields." };
  const parsed = schema.safeParse(readObject(fields, "", schema));
  if (parsed.success) return { ok: true, data: parsed.data };
  const issue = parsed.error.issues[0]!;
  return { ok: false, error: issue.message, field: issue.path.join(".") || undefined };
}

/** A text field of a form: a string of bounded length (the command checks what it means). */
export const field = (max = 200) =>
  z
    .string({ message: "Enter text here" })
    .max(max, `Keep this under ${max} characters`)
    .refine((s) => !s.includes("\0"), "Remove the invisible control characters");
/** A checkbox group or multi-select: ids, bounded. */
export const ids = (max = 100) => z.array(z.string().max(64)).max(max);
/** A repeating row list (undefined when the form has no such section). */
export const rows = <T extends z.ZodRawShape>(shape: T) => z.array(z.object(shape)).max(MAX_ROWS).optional();
