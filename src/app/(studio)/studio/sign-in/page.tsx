import Link from "next/link";
import { redirect } from "next/navigation";
import { currentUser } from "@/server/platform/auth";
import { ActionForm } from "@/components/action-form";
import { Card, Field, PageTitle } from "@/components/ui";
import { signInAction } from "../actions";

export const metadata = { title: "Sign in" };

export default async function SignIn() {
  if (await currentUser()) redirect("/studio");
  return (
    <div className="mx-auto max-w-sm">
      <PageTitle sub="Organizers sign in to run their brand's sales.">Sign in to Studio</PageTitle>
      <Card>
        <ActionForm action={signInAction} submit="Sign in" pendingLabel="Signing in…">
          <Field label="E-mail" name="email" type="email" autoComplete="email" required autoFocus />
          <Field label="Password" name="password" type="password" autoComplete="current-password" required />
        </ActionForm>
      </Card>
      <p className="mt-4 text-sm text-zinc-600">New here? <Link className="text-violet-700 underline" href="/studio/sign-up">Create an account</Link></p>
    </div>
  );
}
