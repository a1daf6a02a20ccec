import Link from "next/link";
import { invitationByToken, ROLE_LABELS, type InvitationView } from "@/server/distribution";
import { isDomainError } from "@/server/platform/errors";
import { clock } from "@/server/platform/clock";
import { ActionForm } from "@/components/action-form";
import { Card, Field, PageTitle } from "@/components/ui";
import { signUpAction } from "../account-actions";
import { safeNext } from "../_lib/next";

export const metadata = { title: "Create an account" };

/** The open invitation a person follows to this page, if any: the page then says what they join. */
async function openInvitation(token: string | undefined): Promise<InvitationView | null> {
  if (!token) return null;
  try {
    const inv = await invitationByToken(token, clock.now());
    return inv.state === "open" ? inv : null;
  } catch (e) {
    if (isDomainError(e) && e.code === "NotFound") return null;
    throw e;
  }
}

export default async function SignUp({
  searchParams,
}: {
  searchParams: Promise<{ next?: string; email?: string; invite?: string }>;
}) {
  const { next, email, invite } = await searchParams;
  const back = safeNext(next);
  const invitation = await openInvitation(typeof invite === "string" ? invite : undefined);
  return (
    <div className="mx-auto max-w-sm">
      {invitation ? (
        <PageTitle
          sub={`Create your account to join the team (${ROLE_LABELS[invitation.role].can}). We will send you a link to confirm your e-mail address first.`}
        >
          Join {invitation.brandName} as {ROLE_LABELS[invitation.role].label.toLowerCase()}
        </PageTitle>
      ) : (
        <PageTitle sub="We will send you a link to confirm your e-mail address; then create your brand and your first event.">
          Create an organizer account
        </PageTitle>
      )}
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
