"use client";
// A state as a coloured badge, in the words of the one state-label map (labels.ts), in the
// Studio's language (a client component: server pages and client islands render it alike).
import { useTranslations } from "use-intl";
import { Badge } from "./ui";
import { stateLabel, type StateOf } from "./labels";

export function StateBadge({ of, state }: { of: StateOf; state: string }) {
  const { label, tone } = stateLabel(useTranslations("studio.common"), of, state);
  return <Badge tone={tone}>{label}</Badge>;
}
