// The audit explorer: the brand's event log, newest first, filtered by what an entry is about (an
// order, event, product or pool — or one of them: its history), its type, who did it and when.
// The filters live in the address (parsed by `auditSearch`: a bad value is no filter, never an
// error); older entries are a keyset page away. Who may read the brand's orders may read this.
import Link from "next/link";
import { notFound } from "next/navigation";
import {
  AUDIT_SUBJECT_KINDS,
  auditExplorer,
  auditQuery,
  auditSearch,
  type AuditRow,
  type AuditSearch,
  type AuditSubjectKind,
} from "@/server/insights";
import { orderForBrand } from "@/server/checkout";
import { catalogOfBrand, studioEvents } from "@/server/offering";
import { poolOfBrand } from "@/server/inventory";
import { isDomainError } from "@/server/platform/errors";
import { AuditTable } from "@/components/audit-table";
import { LOG_ENTRY_SENTENCES } from "@/components/labels";
import { Card, EmptyState, PageTitle, buttonClass, secondaryButtonClass } from "@/components/ui";
import { studioBrand } from "../../../_lib/guard";
import { brandParamsOr404 } from "../_components/route-input";

export const metadata = { title: "Audit log" };

const KIND_LABELS: Record<AuditSubjectKind, { many: string; one: string }> = {
  order: { many: "Orders", one: "Order" },
  event: { many: "Events", one: "Event" },
  product: { many: "Products", one: "Product" },
  pool: { many: "Pools", one: "Pool" },
};

const TYPES = Object.entries(LOG_ENTRY_SENTENCES).sort((a, b) => a[1].localeCompare(b[1]));

const input = "rounded-lg border border-zinc-300 px-3 py-2 text-zinc-900";

export default async function AuditExplorer({
  params,
  searchParams,
}: {
  params: Promise<{ brand: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { brand: slug } = await brandParamsOr404(params);
  const search = auditSearch.parse(await searchParams);
  const { brand } = await studioBrand(slug, "brand:read");
  const [subject, page] = await Promise.all([subjectName(brand.id, search), auditExplorer(brand.id, search)]);
  const here = `/studio/${brand.slug}/insights/audit`;
  const { before: _page, ...filters } = search;
  const filtered = Object.values(filters).some((v) => v !== undefined);
  return (
    <div className="flex flex-col gap-6">
      <div>
        {subject ? (
          <Link href={here} className="text-sm text-zinc-600 underline">
            ← The whole audit log
          </Link>
        ) : null}
        <PageTitle sub={`${brand.name} · who did what, and when`}>
          {subject ? `History of ${subject}` : "Audit log"}
        </PageTitle>
      </div>
      <Card>
        <FilterForm action={here} search={search} />
      </Card>
      <Card>
        {page.entries.length === 0 ? (
          <EmptyState title={filtered ? "No entries match these filters" : "Nothing recorded yet"}>
            {filtered ? (
              <Link href={here} className="underline">
                Show every entry
              </Link>
            ) : (
              "What you and your team do, and what fans buy, is listed here."
            )}
          </EmptyState>
        ) : (
          <div className="-mx-2 overflow-x-auto px-2">
            <AuditTable entries={page.entries} about={(e) => <AboutLinks entry={e} here={here} />} />
          </div>
        )}
        <nav aria-label="Pages" className="mt-4 flex flex-wrap justify-between gap-3 text-sm">
          {search.before ? (
            <Link href={`${here}${auditQuery(filters)}`} className="underline">
              ← Newest entries
            </Link>
          ) : (
            <span />
          )}
          {page.nextBefore ? (
            <Link
              href={`${here}${auditQuery({ ...filters, before: page.nextBefore })}`}
              className="underline"
              data-testid="audit-older"
            >
              Older entries →
            </Link>
          ) : null}
        </nav>
      </Card>
    </div>
  );
}

/** The thing whose history is shown, in words; another brand's (or no such) thing is a 404. */
async function subjectName(brandId: string, s: AuditSearch): Promise<string | null> {
  if (!s.stream || !s.id) return null;
  const id = s.id;
  const named = async (): Promise<string | undefined> => {
    switch (s.stream) {
      case "order":
        return `order ${(await orderForBrand(brandId, id)).reference}`;
      case "event":
        return (await studioEvents(brandId)).find((e) => e.id === id)?.name;
      case "product":
        return (await catalogOfBrand(brandId)).find((p) => p.id === id)?.name;
      case "pool":
        return (await poolOfBrand(brandId, id))?.name;
      default:
        return undefined;
    }
  };
  const name = await named().catch((e) => {
    if (isDomainError(e)) return undefined;
    throw e;
  });
  if (!name) notFound();
  return name;
}

/** Links to the history of each order, product or pool an entry is about. */
function AboutLinks({ entry, here }: { entry: AuditRow; here: string }) {
  const things = entry.subjects
    .filter((s) => s.includes(":"))
    .map((s) => [s.slice(0, s.indexOf(":")) as AuditSubjectKind, s.slice(s.indexOf(":") + 1)] as const)
    .filter(([kind]) => AUDIT_SUBJECT_KINDS.includes(kind));
  return (
    <span className="flex flex-wrap gap-1.5">
      {things.map(([kind, id]) => (
        <Link
          key={`${kind}:${id}`}
          href={`${here}${auditQuery({ stream: kind, id })}`}
          // 24 px high at least: a target anyone can hit (WCAG 2.2, 2.5.8).
          className={[
            "inline-flex min-h-6 items-center rounded-full border border-zinc-300 px-2",
            "text-xs whitespace-nowrap hover:bg-zinc-100",
          ].join(" ")}
          aria-label={`History of this ${KIND_LABELS[kind].one.toLowerCase()}`}
        >
          {KIND_LABELS[kind].one}
        </Link>
      ))}
    </span>
  );
}

/** The filters as a plain GET form: the address is the state, and every control has a label. */
function FilterForm({ action, search }: { action: string; search: AuditSearch }) {
  return (
    <form action={action} method="get" className="flex flex-wrap items-end gap-3" aria-label="Filter the log">
      {search.stream && search.id ? (
        <>
          <input type="hidden" name="stream" value={search.stream} />
          <input type="hidden" name="id" value={search.id} />
        </>
      ) : (
        <label className="flex flex-col gap-1 text-sm font-medium">
          About
          <select name="stream" defaultValue={search.stream ?? ""} className={input}>
            <option value="">Anything</option>
            {AUDIT_SUBJECT_KINDS.map((k) => (
              <option key={k} value={k}>
                {KIND_LABELS[k].many}
              </option>
            ))}
          </select>
        </label>
      )}
      <label className="flex flex-col gap-1 text-sm font-medium">
        What happened
        <select name="type" defaultValue={search.type ?? ""} className={`${input} max-w-64`}>
          <option value="">Anything</option>
          {TYPES.map(([type, sentence]) => (
            <option key={type} value={type}>
              {sentence}
            </option>
          ))}
        </select>
      </label>
      <label className="flex flex-col gap-1 text-sm font-medium">
        Who
        <input
          name="actor"
          defaultValue={search.actor ?? ""}
          placeholder="Name or e-mail"
          maxLength={100}
          className={input}
        />
      </label>
      <label className="flex flex-col gap-1 text-sm font-medium">
        From (UTC)
        <input type="date" name="from" defaultValue={search.from ?? ""} className={input} />
      </label>
      <label className="flex flex-col gap-1 text-sm font-medium">
        To (UTC)
        <input type="date" name="to" defaultValue={search.to ?? ""} className={input} />
      </label>
      <button type="submit" className={buttonClass}>
        Filter
      </button>
      <Link href={action} className={secondaryButtonClass}>
        Clear
      </Link>
    </form>
  );
}
