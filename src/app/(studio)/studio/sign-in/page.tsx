import Link from "next/link";
import { redirect } from "next/navigation";
import { currentUser } from "@/server/platform/auth";
import { ActionForm } from "@/components/action-form";
import { Card, Field, PageTitle } from "@/components/ui";
import { signInAction } from "../account-actions";
import { safeNext } from "../_lib/next";
import { studioT } from "../_lib/locale";

export async function generateMetadata() {
  return { title: (await studioT("shell"))("signIn.metaTitle") };
}

export default async function SignIn({
  searchParams,
}: {
  searchParams: Promise<{ next?: string; email?: string }>;
}) {
  const { next, email } = await searchParams;
  const back = safeNext(next);
  if (await currentUser()) redirect(back ?? "/studio");
  const t = await studioT("shell");
  return (
    <div className="mx-auto max-w-sm">
      <PageTitle sub={t("signIn.sub")}>{t("signIn.title")}</PageTitle>
      <Card>
        <ActionForm action={signInAction} submit={t("signIn.submit")} pendingLabel={t("signIn.pending")}>
          {back ? <input type="hidden" name="next" value={back} /> : null}
          <Field
            label={t("account.email")}
            name="email"
            type="email"
            autoComplete="email"
            required
            autoFocus={!email}
            defaultValue={email ?? ""}
          />
          <Field
            label={t("account.password")}
            name="password"
            type="password"
            autoComplete="current-password"
            required
            autoFocus={!!email}
          />
        </ActionForm>
      </Card>
      <p className="mt-4 text-sm text-zinc-600">
        {t("signIn.newHere")}{" "}
        <Link
          className="text-violet-700 underline"
          href={
            back
              ? `/studio/sign-up?next=${encodeURIComponent(back)}${email ? `&email=${encodeURIComponent(email)}` : ""}`
              : "/studio/sign-up"
          }
        >
          {t("signIn.createAccount")}
        </Link>
      </p>
    </div>
  );
}
