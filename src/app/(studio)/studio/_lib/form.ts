// Reading a Studio form: the field names come from the action's zod schema, never from the
// request. A schema `{ name, phases: z.array(z.object({ price })) }` reads "name" and
// "phases.0.price" … "phases.49.price" — a field the schema does not name is never looked at, so
// no client-chosen key (`__proto__.x`, `phases.999999999.price`) reaches an object or an array.
// The result is then parsed by that same schema (issue 11, findings 1 and 3). The form's own
// answers (`field()`'s, "too many fields") are in the Studio's language; a context's schema words
// its own in English, and each one the Studio's catalogue lists (`studio/common` "domain") is said
// again in that language here (api/studio-errors, docs/adr/0035).
import { z } from "zod";
import { inStudioWords } from "@/server/api/studio-errors";
import type { Locale } from "@/server/platform/i18n";
import { studioTranslatorFor } from "@/server/platform/messages";

/** The Studio's words a form answers with, in the page's language (`await studioT("shell")`). */
export type FormWords = ReturnType<typeof studioTranslatorFor<"shell">>;
const ENGLISH: FormWords = studioTranslatorFor("en", "shell");

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

/**
 * What a form shows for its problems: each at its field, and one sentence above the button; a
 * context's message in `locale` when the Studio's catalogue lists it.
 */
export function formProblems(
  said: readonly { field?: string; message: string }[],
  t: FormWords = ENGLISH,
  locale: Locale = "en",
): {
  error: string;
  fields?: Record<string, string>;
} {
  const issues = said.map((i) => ({ ...i, message: inStudioWords(i.message, locale) }));
  const fields: Record<string, string> = {};
  for (const i of issues) if (i.field) fields[i.field] ??= i.message;
  const n = Object.keys(fields).length;
  const general = issues.find((i) => !i.field)?.message;
  const error = general ?? (n > 1 ? t("form.needAttention", { count: n }) : issues[0]!.message);
  return n > 0 ? { error, fields } : { error };
}

export type FormRead<T> =
  { ok: true; data: T; rows: RowIndex } | { ok: false; error: string; fields?: Record<string, string> };

/**
 * Read the fields `schema` names from `fd`, then parse them with it; every problem is answered
 * (in `t`'s language, `locale`).
 */
export function readForm<S extends z.ZodObject>(
  fd: unknown,
  schema: S,
  t: FormWords = ENGLISH,
  locale: Locale = "en",
): FormRead<z.output<S>> {
  if (!(fd instanceof FormData)) return { ok: false, error: t("form.unreadable") };
  const fields = fieldsOf(fd);
  if (!fields) return { ok: false, error: t("form.tooManyFields") };
  const rows: RowIndex = {};
  const parsed = schema.safeParse(readObject(fields, "", schema, rows), { error: fieldWords(t) });
  if (parsed.success) return { ok: true, data: parsed.data, rows };
  const issues = parsed.error.issues.map((i) => ({
    field: formField(i.path.join("."), rows) || undefined,
    message: i.message,
  }));
  return { ok: false, ...formProblems(issues, t, locale) };
}

/** The text fields `field()` made: their problems are worded here, in the page's language. */
const TEXT_FIELDS = new WeakSet<object>();
/** Schemas answered by one sentence of the Studio's (`worded()`). */
const WORDED = new WeakMap<object, WordedKey>();
type WordedKey = "chooseRole" | "chooseImage";

/** A form's own schema whose every problem is one sentence, said in the page's language. */
export function worded<S extends z.ZodType>(schema: S, key: WordedKey): S {
  WORDED.set(schema, key);
  return schema;
}

/** The Studio's fields' problems in words; any other schema's are left to that schema (undefined). */
function fieldWords(t: FormWords): z.core.$ZodErrorMap {
  return (issue) => {
    const owner = issue.schema ?? issue.inst;
    if (!owner) return undefined;
    const key = WORDED.get(owner);
    if (key) return t(`form.${key}`);
    if (!TEXT_FIELDS.has(owner)) return undefined;
    if (issue.code === "too_big") return t("form.keepUnder", { max: Number(issue.maximum) });
    if (issue.code === "custom") return t("form.controlCharacters");
    return t("form.enterText");
  };
}

/** A text field of a form: a string of bounded length (the command checks what it means). */
export const field = (max = 200) => {
  const text = z
    .string()
    .max(max)
    .refine((s) => !s.includes("\0"));
  TEXT_FIELDS.add(text);
  return text;
};
/** A checkbox group or multi-select: ids, bounded. */
export const ids = (max = 100) => z.array(z.string().max(64)).max(max);
/** A repeating row list (undefined when the form has no such section). */
export const rows = <T extends z.ZodRawShape>(shape: T) => z.array(z.object(shape)).max(MAX_ROWS).optional();
