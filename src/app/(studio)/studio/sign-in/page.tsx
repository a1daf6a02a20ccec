import Link from "next/link";
import { redirect } from "next/navigation";
import { currentUser } from "@/server/platform/auth";
import { ActionForm } from "@/components/action-form";
import { Card, Field, PageTitle } from "@/components/ui";
import { signInAction } from "../account-actions";
import { safeNext } from "../_lib/next";

export const metadata = { title: "Sign in" };

export default async function SignIn({
  searchParams,
}: {
  searchParams: Promise<{ next?: string; email?: string }>;
}) {
  const { next, email } = await searchParams;
  const back = safeNext(next);
  if (await currentUser()) redirect(back ?? "/studio");
  return (
    <div className="mx-auto max-w-sm">
      <PageTitle sub="Organizers sign in to run their brand's sales.">Sign in to Studio</PageTitle>
      <Card>
        <ActionForm action={signInAction} submit="Sign in" pendingLabel="Signing in…">
          {back ? <input type="hidden" name="next" value={back} /> : null}
          <Field
            label="E-mail"
            name="email"
            type="email"
            autoComplete="email"
            required
            autoFocus={!email}
            defaultValue={email ?? ""}
          />
          <Field
            label="Password"
            name="password"
            type="password"
            autoComplete="current-password"
            required
            autoFocus={!!email}
          />
        </ActionForm>
      </Card>
      <p className="mt-4 text-sm text-zinc-600">
        New here?{" "}
        <Link
          className="text-violet-700 underline"
          href={
            back
              ? `/studio/sign-up?next=${encodeURIComponent(back)}${email ? `&email=${encodeURIComponent(email)}` : ""}`
              : "/studio/sign-up"
          }
        >
          Create an account
        </Link>
      </p>
    </div>
  );
}
