// Where the verification link lands: confirms the address once, then on to sign in (or to where
// the person was going, e.g. the invitation they signed up for).
import Link from "next/link";
import { z } from "zod";
import { currentUser, verifyEmail } from "@/server/platform/auth";
import { clock } from "@/server/platform/clock";
import { Alert, Card, PageTitle, buttonClass } from "@/components/ui";
import { safeNext } from "../../_lib/next";
import { studioT } from "../../_lib/locale";

export async function generateMetadata() {
  return { title: (await studioT("shell"))("verify.title") };
}

/** Each outcome's tone; its words are `verify.<outcome>`. */
const TONES = {
  verified: "green",
  "already-verified": "green",
  expired: "amber",
  invalid: "amber",
} as const;

const params = z.object({ token: z.string().max(200) });
const search = z.object({ next: z.string().max(300).optional() });

export default async function Verify(props: { params: Promise<unknown>; searchParams: Promise<unknown> }) {
  const token = params.safeParse(await props.params).data?.token ?? "";
  const next = safeNext(search.safeParse(await props.searchParams).data?.next);
  const result = await verifyEmail(token, clock.now());
  const t = await studioT("shell");
  const user = await currentUser();
  const onward = next ?? "/studio";
  const href = user ? onward : `/studio/sign-in?next=${encodeURIComponent(onward)}`;
  return (
    <div className="mx-auto max-w-md">
      <PageTitle>{t("verify.title")}</PageTitle>
      <Card>
        <div className="flex flex-col gap-4">
          <Alert tone={TONES[result]}>{t(`verify.${result}`)}</Alert>
          <Link className={buttonClass} href={href}>
            {user ? t("verify.continue") : t("verify.signIn")}
          </Link>
        </div>
      </Card>
    </div>
  );
}
