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

/**
 * For every row list read (by its form name: "variants", "pricing.phases"), the form index of each row kept.
 */
export type RowIndex = Record<string, number[]>;

function readObject(
  fields: Fields,
  prefix: string,
  schema: z.ZodObject,
  index: RowIndex,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, field] of Object.entries(schema.shape as Record<string, AnySchema>)) {
    const key = `${prefix}${name}`;
    const inner = core(field);
    if (inner instanceof z.ZodArray) {
      const element = core(inner.element as AnySchema);
      out[name] =
        element instanceof z.ZodObject ? readRows(fields, key, element, index) : strings(fields.get(key));
    } else if (inner instanceof z.ZodObject) {
      out[name] = readObject(fields, `${key}.`, inner, index);
    } else {
      const value = fields.get(key)?.[0];
      if (value !== undefined) out[name] = value;
    }
  }
  return out;
}

/**
 * Rows named "<key>.<i>.<field>"; a row the organizer left empty is not a row (so row 2 of the
 * form may be row 1 of the list: `index` remembers which). No row field in the form at all (a
 * form without that section) reads as undefined, not as an empty list.
 */
function readRows(
  fields: Fields,
  key: string,
  row: z.ZodObject,
  index: RowIndex,
): Record<string, unknown>[] | undefined {
  const rows: Record<string, unknown>[] = [];
  const kept: number[] = [];
  let sent = false;
  for (let i = 0; i < MAX_ROWS; i++) {
    const r = readObject(fields, `${key}.${i}.`, row, index);
    const values = Object.values(r);
    sent ||= values.length > 0;
    if (values.some((v) => v !== undefined && v !== "" && !(Array.isArray(v) && v.length === 0))) {
      rows.push(r);
      kept.push(i);
    }
  }
  if (sent) index[key] = kept;
  return sent ? rows : undefined;
}

/**
 * The form field a problem is about: a path into what was read ("variants.1.sku") names the
 * row the organizer typed in ("variants.2.sku" when the form's row 1 was left empty).
 */
export function formField(path: string, rows: RowIndex): string {
  const parts = path.split(".");
  const out: string[] = [];
  for (const part of parts) {
    const list = rows[out.join(".")];
    const i = /^\d+$/.test(part) ? Number(part) : NaN;
    out.push(list && list[i] !== undefined ? String(list[i]) : part);
  }
  return out.join(".");
}

/** What a form shows for its problems: each at its field, and one sentence above the button. */
export function formProblems(issues: readonly { field?: string; message: string }[]): {
  error: string;
  fields?: Record<string, string>;
} {
  const fields: Record<string, string> = {};
  for (const i of issues) if (i.field) fields[i.field] ??= i.message;
  const n = Object.keys(fields).length;
  const general = issues.find((i) => !i.field)?.message;
  const error = general ?? (n > 1 ? `${n} fields need your attention (marked above).` : issues[0]!.message);
  return n > 0 ? { error, fields } : { error };
}

export type FormRead<T> =
  { ok: true; data: T; rows: RowIndex } | { ok: false; error: string; fields?: Record<string, string> };

/** Read the fields `schema` names from `fd`, then parse them with it; every problem is answered. */
export function readForm<S extends z.ZodObject>(fd: unknown, schema: S): FormRead<z.output<S>> {
  if (!(fd instanceof FormData))
    return { ok: false, error: "This form could not be read. Reload the page and try again." };
  const fields = fieldsOf(fd);
  if (!fields) return { ok: false, error: "This form has too many fields." };
  const rows: RowIndex = {};
  const parsed = schema.safeParse(readObject(fields, "", schema, rows));
  if (parsed.success) return { ok: true, data: parsed.data, rows };
  const issues = parsed.error.issues.map((i) => ({
    field: formField(i.path.join("."), rows) || undefined,
    message: i.message,
  }));
  return { ok: false, ...formProblems(issues) };
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
