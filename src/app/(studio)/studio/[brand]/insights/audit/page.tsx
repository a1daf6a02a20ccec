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
import { LOG_ENTRY_TYPES, logEntrySentence, type CommonWords } from "@/components/labels";
import { Card, EmptyState, PageTitle, buttonClass, secondaryButtonClass } from "@/components/ui";
import { studioBrand } from "../../../_lib/guard";
import { studioLocale, studioT } from "../../../_lib/locale";
import { brandParamsOr404 } from "../_components/route-input";
import type { SalesWords } from "../_components/labels";

export async function generateMetadata() {
  return { title: (await studioT("sales"))("history.auditLog") };
}

/** Every log entry type and its sentence, in the order of the sentences in this language. */
function typesInWords(common: CommonWords, locale: string) {
  return LOG_ENTRY_TYPES.map((type) => [type, logEntrySentence(common, type)] as const).sort((a, b) =>
    a[1].localeCompare(b[1], locale),
  );
}

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
  const [t, common, locale] = await Promise.all([studioT("sales"), studioT("common"), studioLocale()]);
  const [subject, page] = await Promise.all([
    subjectName(t, brand.id, search),
    auditExplorer(brand.id, search),
  ]);
  const here = `/studio/${brand.slug}/insights/audit`;
  const { before: _page, ...filters } = search;
  const filtered = Object.values(filters).some((v) => v !== undefined);
  return (
    <div className="flex flex-col gap-6">
      <div>
        {subject ? (
          <Link href={here} className="text-sm text-zinc-600 underline">
            ← {t("audit.whole")}
          </Link>
        ) : null}
        <PageTitle sub={`${brand.name} · ${t("audit.sub")}`}>
          {subject ? t("audit.historyOf", { subject }) : t("history.auditLog")}
        </PageTitle>
      </div>
      <Card>
        <FilterForm t={t} types={typesInWords(common, locale)} action={here} search={search} />
      </Card>
      <Card>
        {page.entries.length === 0 ? (
          <EmptyState title={filtered ? t("audit.noneMatch") : t("audit.nothingYet")}>
            {filtered ? (
              <Link href={here} className="underline">
                {t("audit.showEvery")}
              </Link>
            ) : (
              t("audit.listedHere")
            )}
          </EmptyState>
        ) : (
          <div className="-mx-2 overflow-x-auto px-2">
            <AuditTable
              entries={page.entries}
              about={(e) => <AboutLinks t={t} entry={e} here={here} />}
              t={common}
              locale={locale}
            />
          </div>
        )}
        <nav aria-label={t("audit.pages")} className="mt-4 flex flex-wrap justify-between gap-3 text-sm">
          {search.before ? (
            <Link href={`${here}${auditQuery(filters)}`} className="underline">
              ← {t("audit.newest")}
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
              {t("audit.older")} →
            </Link>
          ) : null}
        </nav>
      </Card>
    </div>
  );
}

/** The thing whose history is shown, in words; another brand's (or no such) thing is a 404. */
async function subjectName(t: SalesWords, brandId: string, s: AuditSearch): Promise<string | null> {
  if (!s.stream || !s.id) return null;
  const id = s.id;
  const named = async (): Promise<string | undefined> => {
    switch (s.stream) {
      case "order":
        return t("audit.orderSubject", { reference: (await orderForBrand(brandId, id)).reference });
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
function AboutLinks({ t, entry, here }: { t: SalesWords; entry: AuditRow; here: string }) {
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
          aria-label={t(`audit.kinds.${kind}.historyOfThis`)}
        >
          {t(`audit.kinds.${kind}.one`)}
        </Link>
      ))}
    </span>
  );
}

/** The filters as a plain GET form: the address is the state, and every control has a label. */
function FilterForm({
  t,
  types,
  action,
  search,
}: {
  t: SalesWords;
  types: ReturnType<typeof typesInWords>;
  action: string;
  search: AuditSearch;
}) {
  return (
    <form
      action={action}
      method="get"
      className="flex flex-wrap items-end gap-3"
      aria-label={t("audit.filterLabel")}
    >
      {search.stream && search.id ? (
        <>
          <input type="hidden" name="stream" value={search.stream} />
          <input type="hidden" name="id" value={search.id} />
        </>
      ) : (
        <label className="flex flex-col gap-1 text-sm font-medium">
          {t("audit.about")}
          <select name="stream" defaultValue={search.stream ?? ""} className={input}>
            <option value="">{t("audit.anything")}</option>
            {AUDIT_SUBJECT_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`audit.kinds.${k}.many`)}
              </option>
            ))}
          </select>
        </label>
      )}
      <label className="flex flex-col gap-1 text-sm font-medium">
        {t("audit.whatHappened")}
        <select name="type" defaultValue={search.type ?? ""} className={`${input} max-w-64`}>
          <option value="">{t("audit.anything")}</option>
          {types.map(([type, sentence]) => (
            <option key={type} value={type}>
              {sentence}
            </option>
          ))}
        </select>
      </label>
      <label className="flex flex-col gap-1 text-sm font-medium">
        {t("audit.who")}
        <input
          name="actor"
          defaultValue={search.actor ?? ""}
          placeholder={t("audit.whoPlaceholder")}
          maxLength={100}
          className={input}
        />
      </label>
      <label className="flex flex-col gap-1 text-sm font-medium">
        {t("audit.fromUtc")}
        <input type="date" name="from" defaultValue={search.from ?? ""} className={input} />
      </label>
      <label className="flex flex-col gap-1 text-sm font-medium">
        {t("audit.toUtc")}
        <input type="date" name="to" defaultValue={search.to ?? ""} className={input} />
      </label>
      <button type="submit" className={buttonClass}>
        {t("audit.filter")}
      </button>
      <Link href={action} className={secondaryButtonClass}>
        {t("audit.clear")}
      </Link>
    </form>
  );
}
