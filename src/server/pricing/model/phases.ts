// Price phases: "Early bird 25 € until 1 March or until 200 sold, then 35 €, 45 € at the door".
// Phases are ordered; each one ends at its date or at its count of units taken (sold + held),
// whichever comes first, and the next one starts then. Pure: the instant arrives as an argument.
import { DomainError } from "@/server/platform/errors";

export type PricePhase = {
  id: string;
  name: string;
  price: number;
  endsAt: Date | null;
  endsAfterSold: number | null;
};
export type PhaseIssue = {
  index: number;
  field: "name" | "price" | "endsAt" | "endsAfterSold";
  message: string;
};
export type PhaseStatus = {
  name: string;
  price: number;
  endsAt: Date | null;
  leftAtThisPrice: number | null;
  nextPrice: number | null;
};

const OVERLAP = "Phases overlap: this phase must end after the one before it";

/** Field-level issues for the Studio form; an empty list means the phases can be saved. */
export function validatePhases(phases: readonly PricePhase[]): PhaseIssue[] {
  if (phases.length === 0) return [{ index: 0, field: "price", message: "Add at least one price phase" }];
  const issues: PhaseIssue[] = [];
  // Ends are compared with the last earlier phase that has the same kind of end.
  let lastEndsAt: Date | null = null;
  let lastCount: number | null = null;
  phases.forEach((p, index) => {
    if (p.name.trim() === "") issues.push({ index, field: "name", message: "Name the phase" });
    if (!Number.isSafeInteger(p.price) || p.price < 0)
      issues.push({ index, field: "price", message: "Enter a price of 0 or more" });
    if (p.endsAt !== null) {
      if (Number.isNaN(p.endsAt.getTime()))
        issues.push({ index, field: "endsAt", message: "The end is not a date and time" });
      else {
        if (lastEndsAt !== null && p.endsAt <= lastEndsAt)
          issues.push({ index, field: "endsAt", message: OVERLAP });
        lastEndsAt = p.endsAt;
      }
    }
    if (p.endsAfterSold !== null) {
      if (!Number.isSafeInteger(p.endsAfterSold) || p.endsAfterSold < 1)
        issues.push({ index, field: "endsAfterSold", message: "Enter a whole number of at least 1" });
      else {
        if (lastCount !== null && p.endsAfterSold <= lastCount)
          issues.push({ index, field: "endsAfterSold", message: OVERLAP });
        lastCount = p.endsAfterSold;
      }
    }
    if (p.endsAt === null && p.endsAfterSold === null && index < phases.length - 1) {
      issues.push({ index, field: "endsAt", message: "Only the last phase can run until the end of sales" });
    }
  });
  return issues;
}

/**
 * A phase has ended once its date is reached (the instant itself belongs to the next phase) or its count is
 * taken.
 */
export function isPhaseEnded(phase: PricePhase, at: Date, taken: number): boolean {
  return (
    (phase.endsAt !== null && at.getTime() >= phase.endsAt.getTime()) ||
    (phase.endsAfterSold !== null && taken >= phase.endsAfterSold)
  );
}

/** The phase that applies: the first one not yet ended. Null when every phase has ended (sales are over). */
export function phaseAt(
  phases: readonly PricePhase[],
  at: Date,
  taken: number,
): { phase: PricePhase; index: number } | null {
  const index = phases.findIndex((p) => !isPhaseEnded(p, at, taken));
  return index === -1 ? null : { phase: phases[index]!, index };
}

/**
 * `quantity` units taken now, split across the phases they fall into: with 198 taken and an
 * early bird ending after 200, 5 units are 2 at early bird + 3 at the next phase.
 * Throws SoldOut when the phases run out before the quantity is covered.
 */
export function splitByPhase(
  phases: readonly PricePhase[],
  at: Date,
  taken: number,
  quantity: number,
  productName = "This product",
): { phase: PricePhase; quantity: number }[] {
  if (!Number.isSafeInteger(quantity) || quantity < 0)
    throw new DomainError("Invalid", "A quantity is a whole number.");
  const parts: { phase: PricePhase; quantity: number }[] = [];
  let left = quantity;
  let takenSoFar = taken;
  while (left > 0) {
    const current = phaseAt(phases, at, takenSoFar);
    if (!current)
      throw new DomainError("SoldOut", `${productName} is no longer on sale.`, { onSale: quantity - left });
    // The current phase is not ended, so its count (if any) is above takenSoFar: at least one unit fits.
    const room = current.phase.endsAfterSold === null ? left : current.phase.endsAfterSold - takenSoFar;
    const n = Math.min(left, room);
    parts.push({ phase: current.phase, quantity: n });
    left -= n;
    takenSoFar += n;
  }
  return parts;
}

/**
 * What the shop shows: the current price, how many are left at it, and what comes next. Null when sales are
 * over.
 */
export function phaseStatus(phases: readonly PricePhase[], at: Date, taken: number): PhaseStatus | null {
  const current = phaseAt(phases, at, taken);
  if (!current) return null;
  const { phase, index } = current;
  // Later phases already ended (by date or count) are skipped, exactly as phaseAt would.
  const next = phaseAt(phases.slice(index + 1), at, taken);
  return {
    name: phase.name,
    price: phase.price,
    endsAt: phase.endsAt,
    leftAtThisPrice: phase.endsAfterSold === null ? null : phase.endsAfterSold - taken,
    nextPrice: next ? next.phase.price : null,
  };
}
