import Link from "next/link";
import { brandsOf } from "@/server/distribution";
import { ActionForm } from "@/components/action-form";
import { Alert, Card, EmptyState, PageTitle, Badge } from "@/components/ui";
import { CreateBrandForm } from "./create-brand-form";
import { resendVerificationAction } from "./account-actions";
import { isEmailVerified } from "@/server/platform/auth";
import { studioUser } from "./_lib/guard";
import { studioT } from "./_lib/locale";

export async function generateMetadata() {
  return { title: (await studioT("shell"))("studio") };
}

export default async function StudioHome() {
  const user = await studioUser();
  const [brands, verified, t] = await Promise.all([
    brandsOf(user.id),
    isEmailVerified(user.id),
    studioT("shell"),
  ]);
  return (
    <div className="grid gap-8 md:grid-cols-[1fr_20rem]">
      <div>
        <PageTitle sub={t("home.signedInAs", { email: user.email })}>{t("home.title")}</PageTitle>
        {verified ? null : (
          <div className="mb-6 flex flex-col gap-2">
            <Alert tone="amber">{t("home.confirmEmail", { email: user.email })}</Alert>
            <ActionForm
              action={resendVerificationAction}
              submit={t("home.sendAgain")}
              pendingLabel={t("sending")}
            >
              {null}
            </ActionForm>
          </div>
        )}
        {brands.length === 0 ? (
          <EmptyState title={t("home.noBrand")}>{t("home.noBrandHint")}</EmptyState>
        ) : (
          <ul className="flex flex-col gap-3">
            {brands.map((b) => (
              <li key={b.id}>
                <Link
                  href={`/studio/${b.slug}`}
                  className="flex items-center justify-between rounded-2xl border border-zinc-200 bg-white p-4 hover:border-zinc-400"
                >
                  <span className="flex items-center gap-3">
                    <span
                      className="h-6 w-6 rounded-full"
                      style={{ background: b.primaryColor }}
                      aria-hidden
                    />
                    <span className="font-medium">{b.name}</span>
                    <span className="text-sm text-zinc-500">/s/{b.slug}</span>
                  </span>
                  <Badge>{t(`roles.${b.role}.label`)}</Badge>
                </Link>
              </li>
            ))}
          </ul>
        )}
      </div>
      <Card>
        <h2 className="mb-4 font-semibold">{t("home.createBrand")}</h2>
        <CreateBrandForm />
      </Card>
    </div>
  );
}
