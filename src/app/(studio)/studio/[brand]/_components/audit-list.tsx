"use client";
import { useQuery } from "@tanstack/react-query";
import { useLocale, useTranslations } from "use-intl";
import { useTRPC } from "@/app/_trpc/client";
import { AuditTable } from "@/components/audit-table";

/** Who did what, when: read from the audit-trail projection of the event log. */
export function AuditList({ brandSlug, eventId }: { brandSlug: string; eventId?: string }) {
  const trpc = useTRPC();
  const t = useTranslations("studio.sales.history");
  const common = useTranslations("studio.common");
  const locale = useLocale();
  const q = useQuery({ ...trpc.studio.audit.queryOptions({ brandSlug, eventId }), refetchInterval: 5000 });
  if (q.isPending) return <p className="text-sm text-zinc-500">{t("loading")}</p>;
  if (q.isError)
    return (
      <p role="alert" className="text-sm text-red-700">
        {q.error.message}
      </p>
    );
  if (q.data.length === 0) return <p className="text-sm text-zinc-500">{t("nothingYet")}</p>;
  return <AuditTable entries={q.data} t={common} locale={locale} />;
}
