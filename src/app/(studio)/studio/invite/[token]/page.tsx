// Where an invitation link lands. Signed out: sign in or create an account for the invited address, then come
// back.
import Link from "next/link";
import { notFound } from "next/navigation";
import { currentUser } from "@/server/platform/auth";
import { invitationByToken, ROLE_LABELS } from "@/server/distribution";
import { isDomainError } from "@/server/platform/errors";
import { clock } from "@/server/platform/clock";
import { ActionForm } from "@/components/action-form";
import { Alert, Card, PageTitle, buttonClass, secondaryButtonClass } from "@/components/ui";
import { acceptInvitationAction } from "../../[brand]/team/actions";

export const metadata = { title: "Invitation" };

/** Sign-up for the invited address, coming back to this invitation afterwards. */
function signUpHref(token: string, email: string, back: string): string {
  const query = `invite=${encodeURIComponent(token)}&email=${encodeURIComponent(email)}`;
  return `/studio/sign-up?${query}&next=${encodeURIComponent(back)}`;
}

export default async function Invite({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  let inv;
  try {
    inv = await invitationByToken(token, clock.now());
  } catch (e) {
    if (isDomainError(e) && e.code === "NotFound") notFound();
    throw e;
  }
  const user = await currentUser();
  const back = `/studio/invite/${token}`;
  const role = ROLE_LABELS[inv.role];
  return (
    <div className="mx-auto max-w-md">
      <PageTitle sub={`As ${role.label}: ${role.can}.`}>Join {inv.brandName}</PageTitle>
      <Card>
        {inv.state !== "open" ? (
          <Alert tone="amber">
            {inv.state === "accepted"
              ? "This invitation has already been used."
              : inv.state === "revoked"
                ? "This invitation was withdrawn."
                : "This invitation has expired."}{" "}
            Ask the brand&apos;s owner for a new one.
          </Alert>
        ) : !user ? (
          <div className="flex flex-col gap-3">
            <p className="text-sm">
              The invitation is for <strong>{inv.email}</strong>. Sign in with that address, or create an
              account for it.
            </p>
            <div className="flex gap-2">
              <Link className={buttonClass} href={signUpHref(token, inv.email, back)}>
                Create an account
              </Link>
              <Link
                className={secondaryButtonClass}
                href={`/studio/sign-in?email=${encodeURIComponent(inv.email)}&next=${encodeURIComponent(back)}`}
              >
                Sign in
              </Link>
            </div>
          </div>
        ) : user.email.toLowerCase() !== inv.email ? (
          <Alert tone="amber">
            This invitation is for {inv.email}, and you are signed in as {user.email}. Sign out and sign in
            with {inv.email} to accept it.
          </Alert>
        ) : (
          <ActionForm
            action={acceptInvitationAction.bind(null, token)}
            submit={`Join ${inv.brandName}`}
            pendingLabel="Joining…"
          >
            <p className="text-sm">Signed in as {user.email}.</p>
          </ActionForm>
        )}
      </Card>
    </div>
  );
}
