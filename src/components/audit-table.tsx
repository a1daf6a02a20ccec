// The audit log as a table, for the event's history (a client island that refreshes) and the
// audit explorer (rendered on the server). Presentational: the entries, and the Studio's words and
// language (`studioT("common")` on the server, `useTranslations("studio.common")` in the island),
// are handed in.
import type { ReactNode } from "react";
import type { Locale } from "@/server/platform/i18n";
import { formatDateTime } from "@/components/format";
import { logEntrySentence, type CommonWords } from "@/components/labels";

export type AuditTableEntry = {
  position: string;
  type: string;
  actor: string;
  summary: string;
  recordedAt: Date;
};

/**
 * The entries as a table: when, who, what (the log entry's sentence) and its details. `about`
 * adds a column, e.g. links to each entry's order, product or pool history (the audit explorer).
 */
export function AuditTable<E extends AuditTableEntry>({
  entries,
  about,
  t,
  locale,
}: {
  entries: E[];
  about?: (entry: E) => ReactNode;
  t: CommonWords;
  locale: Locale;
}) {
  return (
    <table className="w-full text-left text-sm" data-testid="audit-list">
      <thead className="text-zinc-500">
        <tr>
          <th className="py-2">{t("audit.when")}</th>
          <th>{t("audit.who")}</th>
          <th>{t("audit.what")}</th>
          <th>{t("audit.details")}</th>
          {about ? <th>{t("audit.about")}</th> : null}
        </tr>
      </thead>
      <tbody>
        {entries.map((a) => (
          <tr key={a.position} className="border-t border-zinc-100" data-audit-type={a.type}>
            <td className="py-1.5 whitespace-nowrap text-zinc-600">
              {formatDateTime(a.recordedAt, undefined, undefined, locale)}
            </td>
            <td className="whitespace-nowrap">{a.actor}</td>
            <td className="font-medium">{logEntrySentence(t, a.type)}</td>
            <td className="text-zinc-600">{a.summary}</td>
            {about ? <td>{about(a)}</td> : null}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
