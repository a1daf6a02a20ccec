"use client";
// The period and time zone, as a plain GET form: the choice lives in the address, so a view can
// be shared or bookmarked, and it works before (or without) any JavaScript (rendered on the
// server too; a client component for its words only).
import { useTranslations } from "use-intl";
import { buttonClass } from "@/components/ui";

export type PeriodFormValues = {
  period: "today" | "7d" | "30d" | "custom";
  firstDay: string;
  lastDay: string;
  timeZone: string;
  by: string;
};

const PERIODS = ["today", "7d", "30d", "custom"] as const;

const field = [
  "rounded-lg border border-zinc-300 bg-white px-3 py-2 text-sm text-zinc-900",
  "outline-none focus:border-zinc-500 focus:ring-2 focus:ring-zinc-200",
].join(" ");

export function PeriodForm({
  action,
  values,
  timeZones,
}: {
  action: string;
  values: PeriodFormValues;
  timeZones: string[];
}) {
  const t = useTranslations("studio.sales.insights");
  return (
    <form
      method="get"
      action={action}
      className="flex flex-wrap items-end gap-3 rounded-2xl border border-zinc-200 bg-zinc-50 p-4"
      aria-label={t("form.label")}
    >
      <div className="flex flex-col gap-1">
        <label htmlFor="i-period" className="text-sm font-medium text-zinc-800">
          {t("form.period")}
        </label>
        <select id="i-period" name="period" defaultValue={values.period} className={field}>
          {PERIODS.map((value) => (
            <option key={value} value={value}>
              {value === "custom" ? t("form.custom") : t(`periods.${value}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor="i-from" className="text-sm font-medium text-zinc-800">
          {t("form.from")}
        </label>
        <input id="i-from" name="from" type="date" defaultValue={values.firstDay} className={field} />
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor="i-to" className="text-sm font-medium text-zinc-800">
          {t("form.to")}
        </label>
        <input id="i-to" name="to" type="date" defaultValue={values.lastDay} className={field} />
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor="i-tz" className="text-sm font-medium text-zinc-800">
          {t("form.timeZone")}
        </label>
        <input
          id="i-tz"
          name="tz"
          list="insights-time-zones"
          autoComplete="off"
          spellCheck={false}
          defaultValue={values.timeZone}
          aria-describedby="i-tz-hint"
          className={`${field} w-56`}
        />
        <datalist id="insights-time-zones">
          {timeZones.map((z) => (
            <option key={z} value={z} />
          ))}
        </datalist>
        <span id="i-tz-hint" className="sr-only">
          {t("form.timeZoneHint")}
        </span>
      </div>
      <input type="hidden" name="by" value={values.by} />
      <button type="submit" className={buttonClass}>
        {t("form.show")}
      </button>
    </form>
  );
}
