import type { EventMetadata } from "@/server/eventlog/types";
import { newId } from "./ids";

/** Who is acting: an organizer (user id), a fan (their e-mail) or the system (a job). */
export type Actor =
  | { kind: "user"; id: string; label: string }
  | { kind: "fan"; label: string }
  | { kind: "system"; label: string };

export const systemActor = (label: string): Actor => ({ kind: "system", label });

export function metadataFor(
  actor: Actor,
  brandId: string,
  correlationId: string = newId("cor_"),
  causationId: string | null = null,
): EventMetadata {
  return { actor: actor.label, brandId, correlationId, causationId };
}
