"use client";
import { useState } from "react";
import { useTranslations } from "use-intl";

export function CopyButton({ text, label }: { text: string; label?: string }) {
  const t = useTranslations("studio.shell.embed");
  const [copied, setCopied] = useState(false);
  return (
    <button
      type="button"
      className="rounded-lg border border-zinc-300 bg-white px-3 py-1.5 text-sm font-medium hover:bg-zinc-50"
      onClick={async () => {
        await navigator.clipboard?.writeText(text).catch(() => undefined);
        setCopied(true);
        setTimeout(() => setCopied(false), 2000);
      }}
    >
      {copied ? t("copied") : (label ?? t("copy"))}
    </button>
  );
}
