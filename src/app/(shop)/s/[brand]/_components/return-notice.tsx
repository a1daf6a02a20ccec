"use client";
import { useEffect, useState } from "react";

/** What the payment page sent the fan back with (?declined=1, ?cancelled=1), said in words. */
export function ReturnNotice() {
  const [reason, setReason] = useState<"declined" | "cancelled" | null>(null);
  useEffect(() => {
    const q = new URLSearchParams(window.location.search);
    setReason(q.has("declined") ? "declined" : q.has("cancelled") ? "cancelled" : null);
  }, []);
  if (!reason) return null;
  return (
    <p role="alert" className="rounded-lg border border-amber-300 bg-amber-50 px-3 py-2 text-amber-900">
      {reason === "declined"
        ? "Your payment was declined, and nothing was charged. You can try again."
        : "You left the payment page; nothing was charged. You can try again."}
    </p>
  );
}
