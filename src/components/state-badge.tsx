// A state as a coloured badge, in the words of the one state-label map (labels.ts).
import { Badge } from "./ui";
import { stateLabel, type StateOf } from "./labels";

export function StateBadge({ of, state }: { of: StateOf; state: string }) {
  const { label, tone } = stateLabel(of, state);
  return <Badge tone={tone}>{label}</Badge>;
}
