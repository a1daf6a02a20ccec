"use server";
// An organizer's own account: sign up, sign in, sign out, send the verification link again.
// Each action parses all its arguments with zod first, then calls one account function.
import { z } from "zod";
import { cookies } from "next/headers";
import { AuthError } from "next-auth";
import {
  signIn,
  signOut,
  signUp,
  signUpInput,
  currentUser,
  resendVerification,
  revokeSessions,
  SignInThrottled,
} from "@/server/platform/auth";
import { clock } from "@/server/platform/clock";
import { LANG_COOKIE, LANG_COOKIE_MAX_AGE, LOCALES } from "@/server/platform/i18n";
import { safeNext } from "./_lib/next";
import { toFormState } from "./_lib/action";
import { formProblems } from "./_lib/form";
import { studioLocale, studioT } from "./_lib/locale";
import type { FormState } from "@/components/action-form";

const field = z.string().max(1000).optional();
const formArgs = <S extends z.ZodRawShape>(shape: S) =>
  z.tuple([z.unknown(), z.instanceof(FormData)]).transform(([, fd], ctx) => {
    const sent = Object.fromEntries([...fd.entries()].filter(([k]) => Object.hasOwn(shape, k)));
    const fields = z.object(shape).safeParse(sent);
    if (fields.success) return fields.data;
    ctx.addIssue({ code: "custom" });
    return z.NEVER;
  });
const signUpArgs = formArgs({ name: field, email: field, password: field, next: field });
const signInArgs = formArgs({ email: field, password: field, next: field });
// A plain <form action> sends (FormData); ActionForm sends (state, FormData).
const noArgs = z.union([
  z.tuple([z.unknown(), z.instanceof(FormData)]),
  z.tuple([z.instanceof(FormData)]),
  z.tuple([]),
]);

/** A call no form of ours makes (a stale page, a hand-made request). */
const unexpected = async (): Promise<FormState> => ({
  error: (await studioT("shell"))("account.unexpected"),
});

/** "try again in 54 seconds", "… in 2 minutes", in the page's language. */
async function throttled(retryAfter: number): Promise<string> {
  const t = await studioT("shell");
  const when =
    retryAfter < 60
      ? t("account.seconds", { count: retryAfter })
      : t("account.minutes", { count: Math.ceil(retryAfter / 60) });
  return t("account.throttled", { when });
}

/** The same answer whether or not the address already has an account (its owner gets a note). */
export async function signUpAction(...args: unknown[]): Promise<FormState> {
  const parsed = signUpArgs.safeParse(args);
  if (!parsed.success) return unexpected();
  const { name = "", email = "", password = "", next } = parsed.data;
  const t = await studioT("shell");
  // Parsed once, here, by the account's own schema: every problem at its field.
  const input = signUpInput.safeParse({ name, email, password, next: safeNext(next) ?? undefined });
  if (!input.success)
    return formProblems(
      input.error.issues.map((i) => ({ field: i.path.join("."), message: i.message })),
      t,
      await studioLocale(),
    );
  try {
    await signUp(input.data, clock.now());
  } catch (e) {
    return toFormState(e);
  }
  return { ok: t("account.checkYourEmail", { email: input.data.email }) };
}

export async function signInAction(...args: unknown[]): Promise<FormState> {
  const parsed = signInArgs.safeParse(args);
  if (!parsed.success) return unexpected();
  const { email = "", password = "", next } = parsed.data;
  try {
    await signIn("credentials", { email, password, redirectTo: safeNext(next) ?? "/studio" });
  } catch (e) {
    if (e instanceof SignInThrottled) return { error: await throttled(e.retryAfter) };
    if (e instanceof AuthError) return { error: (await studioT("shell"))("account.noMatch") };
    throw e;
  }
  return undefined;
}

/** Revokes every session of the account (the cookie alone would stay valid for 30 days). */
export async function signOutAction(...args: unknown[]): Promise<void> {
  if (!noArgs.safeParse(args).success) return;
  const user = await currentUser();
  if (user) await revokeSessions(user.id);
  await signOut({ redirectTo: "/studio/sign-in" });
}

export async function resendVerificationAction(...args: unknown[]): Promise<FormState> {
  if (!noArgs.safeParse(args).success) return unexpected();
  const t = await studioT("shell");
  const user = await currentUser();
  if (!user) return { error: t("account.signInToContinue") };
  try {
    await resendVerification(user.id, clock.now());
  } catch (e) {
    return toFormState(e);
  }
  return { ok: t("account.sentAgain", { email: user.email }) };
}

const languageArgs = z
  .union([z.tuple([z.unknown(), z.instanceof(FormData)]), z.tuple([z.instanceof(FormData)])])
  .transform((args) => args[args.length - 1] as FormData)
  .pipe(z.custom<FormData>().transform((fd) => fd.get("language")))
  .pipe(z.enum(LOCALES));

/** The person's language for the Studio (and the shops, among each brand's): a cookie, no account. */
export async function setLanguageAction(...args: unknown[]): Promise<void> {
  const language = languageArgs.safeParse(args);
  if (!language.success) return;
  // Setting a cookie in an action renders the page again, now in that language.
  (await cookies()).set(LANG_COOKIE, language.data, {
    maxAge: LANG_COOKIE_MAX_AGE,
    sameSite: "lax",
    path: "/",
  });
}
