"use client";
import { useEffect, useState } from "react";
import { useTranslations } from "use-intl";

/** What the payment page sent the fan back with (?declined=1, ?cancelled=1), said in words. */
export function ReturnNotice() {
  const t = useTranslations("notice");
  const [reason, setReason] = useState<"declined" | "cancelled" | null>(null);
  useEffect(() => {
    const q = new URLSearchParams(window.location.search);
    setReason(q.has("declined") ? "declined" : q.has("cancelled") ? "cancelled" : null);
  }, []);
  if (!reason) return null;
  return (
    <p role="alert" className="rounded-lg border border-amber-300 bg-amber-50 px-3 py-2 text-amber-900">
      {t(reason)}
    </p>
  );
}
