// Where an invitation link lands. Signed out: sign in or create an account for the invited address, then come
// back.
import Link from "next/link";
import { notFound } from "next/navigation";
import { currentUser } from "@/server/platform/auth";
import { invitationByToken } from "@/server/distribution";
import { isDomainError } from "@/server/platform/errors";
import { clock } from "@/server/platform/clock";
import { ActionForm } from "@/components/action-form";
import { Alert, Card, PageTitle, buttonClass, secondaryButtonClass } from "@/components/ui";
import { acceptInvitationAction } from "../../[brand]/team/actions";
import { studioT } from "../../_lib/locale";

export async function generateMetadata() {
  return { title: (await studioT("shell"))("invite.metaTitle") };
}

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
  const [user, t] = await Promise.all([currentUser(), studioT("shell")]);
  const back = `/studio/invite/${token}`;
  const join = t("invite.join", { brand: inv.brandName });
  return (
    <div className="mx-auto max-w-md">
      <PageTitle
        sub={t("invite.asRole", { role: t(`roles.${inv.role}.label`), can: t(`roles.${inv.role}.can`) })}
      >
        {join}
      </PageTitle>
      <Card>
        {inv.state !== "open" ? (
          <Alert tone="amber">
            {t(`invite.${inv.state}`)} {t("invite.askOwner")}
          </Alert>
        ) : !user ? (
          <div className="flex flex-col gap-3">
            <p className="text-sm">
              {t.rich("invite.forAddress", {
                email: inv.email,
                strong: (chunks) => <strong>{chunks}</strong>,
              })}
            </p>
            <div className="flex flex-wrap gap-2">
              <Link className={buttonClass} href={signUpHref(token, inv.email, back)}>
                {t("invite.createAccount")}
              </Link>
              <Link
                className={secondaryButtonClass}
                href={`/studio/sign-in?email=${encodeURIComponent(inv.email)}&next=${encodeURIComponent(back)}`}
              >
                {t("invite.signIn")}
              </Link>
            </div>
          </div>
        ) : user.email.toLowerCase() !== inv.email ? (
          <Alert tone="amber">{t("invite.otherAccount", { invited: inv.email, user: user.email })}</Alert>
        ) : (
          <ActionForm
            action={acceptInvitationAction.bind(null, token)}
            submit={join}
            pendingLabel={t("invite.joining")}
          >
            <p className="text-sm">{t("invite.signedInAs", { email: user.email })}</p>
          </ActionForm>
        )}
      </Card>
    </div>
  );
}
