import { heldEvents, type HeldEvent } from "@/server/workflows";
import { Badge, Card, EmptyState, PageTitle } from "@/components/ui";
import { ActionForm } from "@/components/action-form";
import { formatDateTime } from "@/components/format";
import { logEntrySentence, type CommonWords } from "@/components/labels";
import { studioBrand } from "../../_lib/guard";
import { studioLocale, studioT } from "../../_lib/locale";
import type { Locale } from "@/server/platform/i18n";
import { retryParkedEventAction } from "./actions";

export async function generateMetadata() {
  return { title: (await studioT("shell"))("areas.system") };
}

type Words = Awaited<ReturnType<typeof studioT<"shell">>>;

function Failure({ h, t, common, locale }: { h: HeldEvent; t: Words; common: CommonWords; locale: Locale }) {
  const entry = { entry: logEntrySentence(common, h.eventType), stream: h.streamId, count: h.attempts };
  return (
    <>
      <p className="font-medium">{h.what}</p>
      <p className="text-sm text-zinc-600">
        {t("system.forEntry", entry)}
        {h.failedAt ? ` · ${t("system.lastTried", { when: at(h.failedAt, locale) })}` : null}
      </p>
      <p className="mt-1 text-sm text-red-700">
        {t("system.whatWentWrong", { error: h.lastError || t("system.noReason") })}
      </p>
    </>
  );
}

const at = (d: Date, locale: Locale) => formatDateTime(d, undefined, undefined, locale);

/** What the background work failed on for this brand, and a way to try a parked event again. */
export default async function SystemView({ params }: { params: Promise<{ brand: string }> }) {
  const { brand: slug } = await params;
  const { brand } = await studioBrand(slug, "orders:write");
  const [{ parked, retrying }, t, common, locale] = await Promise.all([
    heldEvents({ brandId: brand.id }),
    studioT("shell"),
    studioT("common"),
    studioLocale(),
  ]);
  return (
    <div className="flex flex-col gap-6">
      <PageTitle sub={t("system.intro")}>{t("areas.system")}</PageTitle>
      <section aria-labelledby="parked">
        <h2 id="parked" className="mb-3 font-semibold">
          {t("system.parked")}
        </h2>
        {parked.length === 0 ? (
          <EmptyState title={t("system.nothingParked")}>{t("system.everyStepWorked")}</EmptyState>
        ) : (
          <ul className="flex flex-col gap-3" data-testid="parked-events">
            {parked.map((h) => (
              <li key={h.id}>
                <Card>
                  <div className="flex flex-wrap items-start justify-between gap-3">
                    <div>
                      <Failure h={h} t={t} common={common} locale={locale} />
                      {h.parkedAt ? (
                        <p className="text-sm text-zinc-500">
                          {t("system.parkedAt", { when: at(h.parkedAt, locale) })}
                        </p>
                      ) : null}
                    </div>
                    <ActionForm
                      action={retryParkedEventAction.bind(null, brand.slug, h.id)}
                      submit={t("system.retry")}
                      pendingLabel={t("system.retrying")}
                      className="flex items-start gap-2"
                    >
                      {null}
                    </ActionForm>
                  </div>
                </Card>
              </li>
            ))}
          </ul>
        )}
      </section>
      {retrying.length > 0 ? (
        <section aria-labelledby="retrying">
          <h2 id="retrying" className="mb-3 font-semibold">
            {t("system.willRetry")}
          </h2>
          <ul className="flex flex-col gap-3">
            {retrying.map((h) => (
              <li key={h.id}>
                <Card>
                  <Failure h={h} t={t} common={common} locale={locale} />
                  {h.nextAttemptAt ? (
                    <p className="text-sm text-zinc-500">
                      <Badge tone="amber">{t("system.retryingBadge")}</Badge>{" "}
                      {t("system.nextTry", { when: at(h.nextAttemptAt, locale) })}
                    </p>
                  ) : null}
                </Card>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
