import Link from "next/link";
import { invitationByToken, type InvitationView } from "@/server/distribution";
import { isDomainError } from "@/server/platform/errors";
import { clock } from "@/server/platform/clock";
import { ActionForm } from "@/components/action-form";
import { Card, Field, PageTitle } from "@/components/ui";
import { signUpAction } from "../account-actions";
import { safeNext } from "../_lib/next";
import { studioT } from "../_lib/locale";

export async function generateMetadata() {
  return { title: (await studioT("shell"))("signUp.metaTitle") };
}

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
  const t = await studioT("shell");
  return (
    <div className="mx-auto max-w-sm">
      {invitation ? (
        <PageTitle sub={t("signUp.joinSub", { can: t(`roles.${invitation.role}.can`) })}>
          {t("signUp.joinTitle", {
            brand: invitation.brandName,
            role: t(`roles.${invitation.role}.asRole`),
          })}
        </PageTitle>
      ) : (
        <PageTitle sub={t("signUp.sub")}>{t("signUp.title")}</PageTitle>
      )}
      <Card>
        <ActionForm action={signUpAction} submit={t("signUp.submit")} pendingLabel={t("creating")}>
          {back ? <input type="hidden" name="next" value={back} /> : null}
          <Field label={t("signUp.name")} name="name" autoComplete="name" required autoFocus />
          <Field
            label={t("account.email")}
            name="email"
            type="email"
            autoComplete="email"
            required
            defaultValue={email ?? ""}
          />
          <Field
            label={t("account.password")}
            name="password"
            type="password"
            autoComplete="new-password"
            minLength={8}
            hint={t("signUp.passwordHint")}
            required
          />
        </ActionForm>
      </Card>
      <p className="mt-4 text-sm text-zinc-600">
        {t("signUp.haveAccount")}{" "}
        <Link
          className="text-violet-700 underline"
          href={
            back
              ? `/studio/sign-in?next=${encodeURIComponent(back)}${email ? `&email=${encodeURIComponent(email)}` : ""}`
              : "/studio/sign-in"
          }
        >
          {t("signUp.signIn")}
        </Link>
      </p>
    </div>
  );
}
