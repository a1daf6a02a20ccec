import Link from "next/link";
import { ActionForm } from "@/components/action-form";
import { Card, Field, PageTitle } from "@/components/ui";
import { signUpAction } from "../account-actions";
import { safeNext } from "../_lib/next";

export const metadata = { title: "Create an account" };

export default async function SignUp({
  searchParams,
}: {
  searchParams: Promise<{ next?: string; email?: string }>;
}) {
  const { next, email } = await searchParams;
  const back = safeNext(next);
  return (
    <div className="mx-auto max-w-sm">
      <PageTitle sub="We will send you a link to confirm your e-mail address; then create your brand and your first event.">
        Create an organizer account
      </PageTitle>
      <Card>
        <ActionForm action={signUpAction} submit="Create account" pendingLabel="Creating…">
          {back ? <input type="hidden" name="next" value={back} /> : null}
          <Field label="Your name" name="name" autoComplete="name" required autoFocus />
          <Field
            label="E-mail"
            name="email"
            type="email"
            autoComplete="email"
            required
            defaultValue={email ?? ""}
          />
          <Field
            label="Password"
            name="password"
            type="password"
            autoComplete="new-password"
            minLength={8}
            hint="At least 8 characters, hard to guess: a few uncommon words work well."
            required
          />
        </ActionForm>
      </Card>
      <p className="mt-4 text-sm text-zinc-600">
        Have an account?{" "}
        <Link
          className="text-violet-700 underline"
          href={
            back
              ? `/studio/sign-in?next=${encodeURIComponent(back)}${email ? `&email=${encodeURIComponent(email)}` : ""}`
              : "/studio/sign-in"
          }
        >
          Sign in
        </Link>
      </p>
    </div>
  );
}
