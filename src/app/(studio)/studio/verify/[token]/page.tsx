// Where the verification link lands: confirms the address once, then on to sign in (or to where
// the person was going, e.g. the invitation they signed up for).
import Link from "next/link";
import { z } from "zod";
import { currentUser, verifyEmail } from "@/server/platform/auth";
import { clock } from "@/server/platform/clock";
import { Alert, Card, PageTitle, buttonClass } from "@/components/ui";
import { safeNext } from "../../_lib/next";

export const metadata = { title: "Confirm your e-mail address" };

const MESSAGES = {
  verified: { tone: "green", text: "Thank you: your e-mail address is confirmed." },
  "already-verified": { tone: "green", text: "Your e-mail address is already confirmed." },
  expired: { tone: "amber", text: "This link has expired. Sign in and send yourself a new one from Studio." },
  invalid: {
    tone: "amber",
    text: "This link is not valid, or was already used. Sign in and send yourself a new one from Studio.",
  },
} as const;

const params = z.object({ token: z.string().max(200) });
const search = z.object({ next: z.string().max(300).optional() });

export default async function Verify(props: { params: Promise<unknown>; searchParams: Promise<unknown> }) {
  const token = params.safeParse(await props.params).data?.token ?? "";
  const next = safeNext(search.safeParse(await props.searchParams).data?.next);
  const result = await verifyEmail(token, clock.now());
  const message = MESSAGES[result];
  const user = await currentUser();
  const onward = next ?? "/studio";
  const href = user ? onward : `/studio/sign-in?next=${encodeURIComponent(onward)}`;
  return (
    <div className="mx-auto max-w-md">
      <PageTitle>Confirm your e-mail address</PageTitle>
      <Card>
        <div className="flex flex-col gap-4">
          <Alert tone={message.tone}>{message.text}</Alert>
          <Link className={buttonClass} href={href}>
            {user ? "Continue" : "Sign in"}
          </Link>
        </div>
      </Card>
    </div>
  );
}
