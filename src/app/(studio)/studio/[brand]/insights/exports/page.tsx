// Exports: orders, order lines, payments and attendees as CSV or XLSX, for one event or the whole
// brand. Each is made in the background (a job); the list shows its progress and, once ready, a
// download. Files are kept KEEP_DAYS days. The page speaks the Studio's language; the files' column
// headers stay English whatever it is (src/server/insights/model/export-table.ts): spreadsheets,
// scripts and integrations read them by name.
import Link from "next/link";
import { z } from "zod";
import { EXPORT_KINDS, KEEP_DAYS, exportsOf, type ExportRecord } from "@/server/insights";
import { dateTagOf, type Locale } from "@/server/platform/i18n";
import { studioEvents } from "@/server/offering";
import { ActionForm } from "@/components/action-form";
import { Badge, Card, EmptyState, PageTitle } from "@/components/ui";
import { formatDateTime } from "@/components/format";
import { studioBrand, studioEventOr404 } from "../../../_lib/guard";
import { studioLocale, studioT } from "../../../_lib/locale";
import type { SalesWords } from "../_components/labels";
import { startExportAction } from "./actions";
import { RefreshWhileRunning } from "./refresh-while-running";

export async function generateMetadata() {
  return { title: (await studioT("sales"))("exports.title") };
}

const searchInput = z.object({ event: z.string().min(1).max(64).optional().catch(undefined) });

/** Each export's state as a badge's colour; its words are studio.sales `exports.status.<state>`. */
const STATUS_TONE: Record<ExportRecord["status"], "zinc" | "green" | "amber" | "red"> = {
  queued: "zinc",
  running: "amber",
  done: "green",
  failed: "red",
  expired: "zinc",
};

const chip = "border-zinc-300 bg-white hover:bg-zinc-100";
const chosenChip = "border-zinc-900 bg-zinc-900 text-white";

export default async function Exports({
  params,
  searchParams,
}: {
  params: Promise<{ brand: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { brand: slug } = await params;
  const { event: eventId } = searchInput.parse(await searchParams);
  const { brand } = await studioBrand(slug, "brand:read");
  const [t, locale] = await Promise.all([studioT("sales"), studioLocale()]);
  const event = eventId ? await studioEventOr404(brand.id, eventId) : null;
  const [events, exports] = await Promise.all([
    studioEvents(brand.id),
    exportsOf(brand.id, event?.id ?? null),
  ]);
  const eventNames = new Map(events.map((e) => [e.id, e.name]));
  const running = exports.some((e) => e.status === "queued" || e.status === "running");
  const here = `/studio/${brand.slug}/insights/exports`;
  const scope = event ? event.name : t("exports.allEventsLower");
  return (
    <div className="flex max-w-4xl flex-col gap-6">
      <PageTitle sub={t("exports.sub", { days: KEEP_DAYS })}>{t("exports.title")}</PageTitle>
      <nav aria-label={t("exports.whichEvents")} className="flex flex-wrap gap-2 text-sm">
        {[{ id: null, name: t("exports.allEvents") }, ...events].map((e) => {
          const current = (e.id ?? null) === (event?.id ?? null);
          return (
            <Link
              key={e.id ?? "all"}
              href={e.id ? `${here}?event=${encodeURIComponent(e.id)}` : here}
              aria-current={current ? "page" : undefined}
              className={`rounded-full border px-3 py-1 ${current ? chosenChip : chip}`}
            >
              {e.name}
            </Link>
          );
        })}
      </nav>
      <Card>
        <h2 className="mb-1 font-semibold">{t("exports.newExportOf", { scope })}</h2>
        <p className="mb-4 text-sm text-zinc-600">{t("exports.amounts")}</p>
        <ul className="divide-y divide-zinc-100">
          {EXPORT_KINDS.map((kind) => (
            // A list item stays one (axe: a list holds only items); the group names its buttons.
            <li key={kind} className="py-3">
              <div
                role="group"
                aria-labelledby={`kind-${kind}`}
                className="flex flex-wrap items-start justify-between gap-3"
              >
                <div className="max-w-md">
                  <p id={`kind-${kind}`} className="font-medium">
                    {t(`exports.kinds.${kind}`)}
                  </p>
                  <p className="text-sm text-zinc-600">{t(`exports.hints.${kind}`)}</p>
                </div>
                <div className="flex flex-wrap items-start gap-2">
                  {(["csv", "xlsx"] as const).map((format) => (
                    <ActionForm
                      key={format}
                      action={startExportAction.bind(null, brand.slug, event?.id ?? null)}
                      submit={t("exports.exportAs", { format: format.toUpperCase() })}
                      pendingLabel={t("exports.starting")}
                      className="flex flex-col items-start gap-2"
                    >
                      <input type="hidden" name="kind" value={kind} />
                      <input type="hidden" name="format" value={format} />
                    </ActionForm>
                  ))}
                </div>
              </div>
            </li>
          ))}
        </ul>
      </Card>
      <Card>
        <h2 className="mb-3 font-semibold">{t("exports.exportsOf", { scope })}</h2>
        <RefreshWhileRunning running={running} every={1000} />
        {exports.length === 0 ? (
          <EmptyState title={t("exports.none")}>{t("exports.noneHint")}</EmptyState>
        ) : (
          <ul className="divide-y divide-zinc-100" aria-label={t("exports.title")} aria-live="polite">
            {exports.map((e) => (
              <ExportItem
                key={e.id}
                t={t}
                locale={locale}
                item={e}
                eventName={
                  e.eventId ? (eventNames.get(e.eventId) ?? t("exports.anEvent")) : t("exports.allEvents")
                }
                href={`${here}/${encodeURIComponent(e.id)}`}
              />
            ))}
          </ul>
        )}
      </Card>
    </div>
  );
}

function ExportItem({
  t,
  locale,
  item,
  eventName,
  href,
}: {
  t: SalesWords;
  locale: Locale;
  item: ExportRecord;
  eventName: string;
  href: string;
}) {
  const total = item.rowsTotal ?? 0;
  const count = new Intl.NumberFormat(dateTagOf(locale));
  return (
    <li className="flex flex-wrap items-center justify-between gap-3 py-3" data-export={item.id}>
      <div>
        <p className="font-medium">
          {t(`exports.kinds.${item.kind}`)} · {item.format.toUpperCase()}{" "}
          <Badge tone={STATUS_TONE[item.status]}>{t(`exports.status.${item.status}`)}</Badge>
        </p>
        <p className="text-sm text-zinc-600">
          {eventName} ·{" "}
          {t("exports.asked", {
            at: formatDateTime(item.createdAt, undefined, undefined, locale),
            by: item.requestedBy ?? "",
          })}
        </p>
        {item.status === "running" ? (
          <p className="flex items-center gap-2 text-sm text-zinc-600">
            <progress max={Math.max(total, 1)} value={item.rowsDone} aria-label={t("exports.progress")} />
            {t("exports.rows", { done: count.format(item.rowsDone), total: count.format(total) })}
          </p>
        ) : null}
        {item.status === "failed" ? <p className="text-sm text-red-700">{item.error}</p> : null}
        {item.status === "expired" ? (
          <p className="text-sm text-zinc-600">{t("exports.removed", { days: KEEP_DAYS })}</p>
        ) : null}
      </div>
      {item.status === "done" ? (
        <a
          href={href}
          download
          className="rounded-lg border border-zinc-300 bg-white px-3 py-2 text-sm font-medium hover:bg-zinc-100"
        >
          {t("exports.download", { file: item.fileName ?? "" })}
        </a>
      ) : null}
    </li>
  );
}
