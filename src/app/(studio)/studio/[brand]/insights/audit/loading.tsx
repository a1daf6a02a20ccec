// Shown while the log is read: the filters' and the table's shape, so nothing jumps.
import { studioT } from "../../../_lib/locale";

export default async function AuditLoading() {
  const t = await studioT("sales");
  return (
    <div className="flex flex-col gap-6" role="status" aria-live="polite">
      <p className="text-sm text-zinc-600">{t("audit.reading")}</p>
      <div className="h-24 animate-pulse rounded-2xl bg-zinc-100" aria-hidden />
      <div className="h-96 animate-pulse rounded-2xl bg-zinc-100" aria-hidden />
    </div>
  );
}
