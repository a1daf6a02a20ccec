import "server-only";
// What every Studio server action is made of, in this order (issue 11): its arguments — the bound
// ones and the form — parsed by zod schemas before anything else; then the session; then the
// member's permission in the brand the first argument names; then one command. A domain error
// becomes the form's messages, each at its field (all of them at once when the command reports
// several); anything unexpected is logged (bounded) and answered with a polite message, never a 500.
// The Studio's own answers are in the page's language, and so is a context's message (a schema's, a
// domain error's) when the Studio's catalogue lists it (ADR 0035; api/studio-errors).
import { redirect, unstable_rethrow } from "next/navigation";
import { z } from "zod";
import { currentUser, type SessionUser } from "@/server/platform/auth";
import { requireMembership, type Membership, type Permission } from "@/server/distribution";
import { isDomainError } from "@/server/platform/errors";
import { log } from "@/server/platform/log";
import type { FormState } from "@/components/action-form";
import { formField, formProblems, readForm, type RowIndex } from "./form";
import { studioLocale, studioT } from "./locale";

/** Bound arguments: a brand slug, ids, small enums. */
export const slugArg = z.string().min(1).max(64);
export const idArg = z.string().min(1).max(64);

/**
 * A failure as the form shows it. A domain error's fields (`details.fields`, or the one
 * `details.field`) are paths into what the form read; `rows` turns them into the form's names.
 */
export async function toFormState(e: unknown, rows: RowIndex = {}): Promise<FormState> {
  unstable_rethrow(e); // redirect() and notFound() are answers, not failures
  const t = await studioT("shell");
  if (isDomainError(e)) {
    const { field, fields } = e.details;
    const issues =
      fields && typeof fields === "object"
        ? Object.entries(fields as Record<string, unknown>).map(([f, m]) => ({
            field: f,
            message: String(m),
          }))
        : [{ field: typeof field === "string" ? field : undefined, message: e.message }];
    const placed = issues.map((i) => ({ ...i, field: i.field && formField(i.field, rows) }));
    return formProblems(placed.length ? placed : [{ message: e.message }], t, await studioLocale());
  }
  log.error({ err: e }, "studio action failed");
  return { error: t("form.failed") };
}

export async function member(slug: string, permission: Permission) {
  const user = await currentUser();
  if (!user) redirect("/studio/sign-in");
  return { user, ...(await requireMembership(user.id, slug, permission)) };
}

export type Member = Membership & { user: SessionUser };

type Parsed<A extends z.ZodTuple, F extends z.ZodObject> = {
  args: z.output<A>;
  form: z.output<F>;
  rows: RowIndex;
};

/** Parse (bound arguments, previous state, form data) with the action's schemas. */
async function parseCall<A extends z.ZodTuple, F extends z.ZodObject>(
  raw: unknown[],
  args: A,
  form: F,
): Promise<Parsed<A, F> | FormState> {
  const t = await studioT("shell");
  const arity = args.def.items.length;
  const bound = args.safeParse(raw.slice(0, arity));
  if (!bound.success || raw.length > arity + 2) return { error: t("form.outOfDate") };
  const fields = readForm(raw[arity + 1] ?? new FormData(), form, t, await studioLocale());
  if (!fields.ok) return { error: fields.error, fields: fields.fields };
  return { args: bound.data, form: fields.data, rows: fields.rows };
}

const isParsed = <A extends z.ZodTuple, F extends z.ZodObject>(
  p: Parsed<A, F> | FormState,
): p is Parsed<A, F> => !!p && "args" in p;

const NO_FIELDS = z.object({});

/**
 * A Studio action in a brand: `args` parses the bound arguments (the first is the brand's slug),
 * `form` the submitted fields; the member must hold `permission` there.
 */
export function brandAction<
  A extends z.ZodTuple<[typeof slugArg, ...z.ZodType[]]>,
  F extends z.ZodObject = typeof NO_FIELDS,
>(
  spec: { args: A; form?: F; permission: Permission },
  run: (m: Member, args: z.output<A>, form: z.output<F>) => Promise<FormState>,
): (...raw: unknown[]) => Promise<FormState> {
  return async (...raw) => {
    const parsed = await parseCall(raw, spec.args, spec.form ?? (NO_FIELDS as unknown as F));
    if (!isParsed(parsed)) return parsed;
    try {
      const m = await member((parsed.args as unknown[])[0] as string, spec.permission);
      return await run(m, parsed.args, parsed.form);
    } catch (e) {
      return await toFormState(e, parsed.rows);
    }
  };
}

/** A Studio action of a signed-in person, in no brand yet (creating one, accepting an invitation). */
export function userAction<A extends z.ZodTuple, F extends z.ZodObject = typeof NO_FIELDS>(
  spec: { args: A; form?: F; signInNext?: (args: z.output<A>) => string },
  run: (user: SessionUser, args: z.output<A>, form: z.output<F>) => Promise<FormState>,
): (...raw: unknown[]) => Promise<FormState> {
  return async (...raw) => {
    const parsed = await parseCall(raw, spec.args, spec.form ?? (NO_FIELDS as unknown as F));
    if (!isParsed(parsed)) return parsed;
    const user = await currentUser();
    if (!user)
      redirect(
        spec.signInNext
          ? `/studio/sign-in?next=${encodeURIComponent(spec.signInNext(parsed.args))}`
          : "/studio/sign-in",
      );
    try {
      return await run(user, parsed.args, parsed.form);
    } catch (e) {
      return await toFormState(e, parsed.rows);
    }
  };
}
