import { createCaller } from "@/server/api/root";
import { createContext } from "@/server/api/trpc";
import { Badge, Card, EmptyState, PageTitle } from "@/components/ui";
import { formatDateTime } from "@/components/format";
import { studioBrand } from "../../_lib/guard";
import { studioLocale, studioT } from "../../_lib/locale";

export async function generateMetadata() {
  return { title: (await studioT("shell"))("outbox.title") };
}

/** A message's state in words; one the Studio has no words for is shown as stored. */
const STATES = ["queued", "sent"] as const;
const known = (status: string): status is (typeof STATES)[number] =>
  (STATES as readonly string[]).includes(status);

export default async function Outbox({ params }: { params: Promise<{ brand: string }> }) {
  const { brand: slug } = await params;
  const { brand } = await studioBrand(slug, "brand:read");
  const mails = await createCaller(await createContext()).studio.outbox({ brandSlug: brand.slug });
  const [t, locale] = await Promise.all([studioT("shell"), studioLocale()]);
  return (
    <div>
      <PageTitle sub={t("outbox.sub")}>{t("outbox.title")}</PageTitle>
      {mails.length === 0 ? (
        <EmptyState title={t("outbox.none")}>{t("outbox.noneHint")}</EmptyState>
      ) : (
        <div className="flex flex-col gap-4">
          {mails.map((m) => (
            <Card key={m.id}>
              <div className="mb-2 flex flex-wrap items-center justify-between gap-2 text-sm">
                <span>
                  <strong>{m.subject}</strong> → {m.to}
                </span>
                <span className="flex items-center gap-2 text-zinc-500">
                  {formatDateTime(m.createdAt, undefined, undefined, locale)}{" "}
                  <Badge tone={m.status === "sent" ? "green" : "amber"}>
                    {known(m.status) ? t(`outbox.states.${m.status}`) : m.status}
                  </Badge>
                </span>
              </div>
              <iframe
                title={t("outbox.frameTitle", { subject: m.subject })}
                sandbox=""
                srcDoc={m.html}
                className="h-96 w-full rounded-lg border border-zinc-200 bg-white"
              />
            </Card>
          ))}
        </div>
      )}
    </div>
  );
}
