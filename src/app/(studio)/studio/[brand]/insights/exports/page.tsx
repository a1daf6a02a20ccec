// Exports: orders, order lines, payments and attendees as CSV or XLSX, for one event or the whole
// brand. Each is made in the background (a job); the list shows its progress and, once ready, a
// download. Files are kept KEEP_DAYS days.
import Link from "next/link";
import { z } from "zod";
import {
  EXPORT_KINDS,
  EXPORT_KIND_LABELS,
  KEEP_DAYS,
  exportsOf,
  type ExportKind,
  type ExportRecord,
} from "@/server/insights";
import { studioEvents } from "@/server/offering";
import { ActionForm } from "@/components/action-form";
import { Badge, Card, EmptyState, PageTitle } from "@/components/ui";
import { formatDateTime } from "@/components/format";
import { studioBrand, studioEventOr404 } from "../../../_lib/guard";
import { startExportAction } from "./actions";
import { RefreshWhileRunning } from "./refresh-while-running";

export const metadata = { title: "Exports" };

const searchInput = z.object({ event: z.string().min(1).max(64).optional().catch(undefined) });

const KIND_HINTS: Record<ExportKind, string> = {
  orders: "One row per order: buyer, status, subtotal, discount, tax and total.",
  lines: "One row per order line; a bundle is followed by its parts with their share of its price.",
  payments: "Every payment and every refund, with the fee kept.",
  attendees: "Every ticket with its attendee and when they were checked in.",
};

const STATUS: Record<ExportRecord["status"], { label: string; tone: "zinc" | "green" | "amber" | "red" }> = {
  queued: { label: "Waiting", tone: "zinc" },
  running: { label: "Being made", tone: "amber" },
  done: { label: "Ready", tone: "green" },
  failed: { label: "Failed", tone: "red" },
  expired: { label: "Removed", tone: "zinc" },
};

const chip = "border-zinc-300 bg-white hover:bg-zinc-100";
const chosenChip = "border-zinc-900 bg-zinc-900 text-white";
const madeInTheBackground = `Each file is made in the background and kept for ${KEEP_DAYS} days.`;

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
  const event = eventId ? await studioEventOr404(brand.id, eventId) : null;
  const [events, exports] = await Promise.all([
    studioEvents(brand.id),
    exportsOf(brand.id, event?.id ?? null),
  ]);
  const eventNames = new Map(events.map((e) => [e.id, e.name]));
  const running = exports.some((e) => e.status === "queued" || e.status === "running");
  const here = `/studio/${brand.slug}/insights/exports`;
  return (
    <div className="flex max-w-4xl flex-col gap-6">
      <PageTitle sub={`Orders, payments and attendees as spreadsheets. ${madeInTheBackground}`}>
        Exports
      </PageTitle>
      <nav aria-label="Which events" className="flex flex-wrap gap-2 text-sm">
        {[{ id: null, name: "All events" }, ...events].map((e) => {
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
        <h2 className="mb-1 font-semibold">New export of {event ? event.name : "all events"}</h2>
        <p className="mb-4 text-sm text-zinc-600">
          Amounts come twice: in cents (minor units) for sums, and as a decimal to read, always beside their
          currency.
        </p>
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
                    {EXPORT_KIND_LABELS[kind]}
                  </p>
                  <p className="text-sm text-zinc-600">{KIND_HINTS[kind]}</p>
                </div>
                <div className="flex flex-wrap items-start gap-2">
                  {(["csv", "xlsx"] as const).map((format) => (
                    <ActionForm
                      key={format}
                      action={startExportAction.bind(null, brand.slug, event?.id ?? null)}
                      submit={`Export as ${format.toUpperCase()}`}
                      pendingLabel="Starting…"
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
        <h2 className="mb-3 font-semibold">Exports of {event ? event.name : "all events"}</h2>
        <RefreshWhileRunning running={running} every={1000} />
        {exports.length === 0 ? (
          <EmptyState title="No exports yet">
            Choose what to export above; the file appears here when it is ready.
          </EmptyState>
        ) : (
          <ul className="divide-y divide-zinc-100" aria-label="Exports" aria-live="polite">
            {exports.map((e) => (
              <ExportItem
                key={e.id}
                item={e}
                eventName={e.eventId ? (eventNames.get(e.eventId) ?? "An event") : "All events"}
                href={`${here}/${encodeURIComponent(e.id)}`}
              />
            ))}
          </ul>
        )}
      </Card>
    </div>
  );
}

function ExportItem({ item, eventName, href }: { item: ExportRecord; eventName: string; href: string }) {
  const status = STATUS[item.status];
  const total = item.rowsTotal ?? 0;
  return (
    <li className="flex flex-wrap items-center justify-between gap-3 py-3" data-export={item.id}>
      <div>
        <p className="font-medium">
          {EXPORT_KIND_LABELS[item.kind]} · {item.format.toUpperCase()}{" "}
          <Badge tone={status.tone}>{status.label}</Badge>
        </p>
        <p className="text-sm text-zinc-600">
          {eventName} · asked {formatDateTime(item.createdAt)} by {item.requestedBy}
        </p>
        {item.status === "running" ? (
          <p className="flex items-center gap-2 text-sm text-zinc-600">
            <progress max={Math.max(total, 1)} value={item.rowsDone} aria-label="Progress" />
            {item.rowsDone.toLocaleString("en-GB")} of {total.toLocaleString("en-GB")} rows
          </p>
        ) : null}
        {item.status === "failed" ? <p className="text-sm text-red-700">{item.error}</p> : null}
        {item.status === "expired" ? (
          <p className="text-sm text-zinc-600">The file was removed after {KEEP_DAYS} days. Export again.</p>
        ) : null}
      </div>
      {item.status === "done" ? (
        <a
          href={href}
          download
          className="rounded-lg border border-zinc-300 bg-white px-3 py-2 text-sm font-medium hover:bg-zinc-100"
        >
          Download {item.fileName}
        </a>
      ) : null}
    </li>
  );
}
