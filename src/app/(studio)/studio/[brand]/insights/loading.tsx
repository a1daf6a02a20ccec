// Shown while the figures are read: the page's shape, so nothing jumps when they arrive.
import { studioT } from "../../_lib/locale";

export default async function InsightsLoading() {
  const t = await studioT("sales");
  return (
    <div className="flex flex-col gap-6" role="status" aria-live="polite">
      <p className="text-sm text-zinc-600">{t("insights.reading")}</p>
      <div className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-5" aria-hidden>
        {Array.from({ length: 5 }, (_, i) => (
          <div key={i} className="h-24 animate-pulse rounded-xl bg-zinc-100" />
        ))}
      </div>
      <div className="h-72 animate-pulse rounded-2xl bg-zinc-100" aria-hidden />
    </div>
  );
}
