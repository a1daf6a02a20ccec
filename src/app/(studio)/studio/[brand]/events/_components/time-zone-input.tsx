"use client";
// The event's time zone, typed: the browser suggests every IANA zone that contains what was typed
// (the <datalist> the server renders beside it), with the keyboard or the mouse. A new event starts
// in the organizer's own zone, which only their browser knows.
import { useEffect, useRef } from "react";
import { useTranslations } from "use-intl";
import { FieldError } from "@/components/action-form";

export function TimeZoneInput({ listId, defaultValue }: { listId: string; defaultValue?: string }) {
  const t = useTranslations("studio.catalog.eventFields");
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    // After the first render, so the server's HTML and the browser's agree; never over a typed zone.
    if (input.current && !input.current.value)
      input.current.value = Intl.DateTimeFormat().resolvedOptions().timeZone;
  }, []);
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor="f-timeZone" className="text-sm font-medium text-zinc-800">
        {t("timeZone")}
      </label>
      <input
        ref={input}
        id="f-timeZone"
        name="timeZone"
        list={listId}
        required
        autoComplete="off"
        spellCheck={false}
        defaultValue={defaultValue}
        placeholder={t("timeZonePlaceholder")}
        aria-describedby="f-timeZone-hint"
        className="rounded-lg border border-zinc-300 px-3 py-2 text-zinc-900 outline-none focus:border-zinc-500 focus:ring-2 focus:ring-zinc-200 aria-invalid:border-red-500"
      />
      <p id="f-timeZone-hint" className="text-xs text-zinc-500">
        {t("timeZoneHint")}
      </p>
      <FieldError name="timeZone" />
    </div>
  );
}
