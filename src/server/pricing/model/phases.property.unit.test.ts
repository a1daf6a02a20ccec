import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { DomainError } from "@/server/platform/errors";
import { phaseAt, splitByPhase, validatePhases, type PricePhase } from "./phases";

const T0 = Date.UTC(2026, 0, 1);
const DAY = 86_400_000;

/**
 * Valid phase lists: dates and counts strictly increasing among the phases that have one; only the last may
 * have no end.
 */
const phasesArb = fc
  .array(
    fc.record({
      end: fc.constantFrom("date", "count", "both", "none"),
      dateStep: fc.integer({ min: 1, max: 30 }),
      countStep: fc.integer({ min: 1, max: 50 }),
      price: fc.integer({ min: 0, max: 20_000 }),
    }),
    { minLength: 1, maxLength: 5 },
  )
  .map((specs) => {
    let date = T0;
    let count = 0;
    return specs.map((s, i): PricePhase => {
      const last = i === specs.length - 1;
      const end = s.end === "none" && !last ? "both" : s.end;
      const hasDate = end === "date" || end === "both";
      const hasCount = end === "count" || end === "both";
      if (hasDate) date += s.dateStep * DAY;
      if (hasCount) count += s.countStep;
      return {
        id: `p${i}`,
        name: `Phase ${i}`,
        price: s.price,
        endsAt: hasDate ? new Date(date) : null,
        endsAfterSold: hasCount ? count : null,
      };
    });
  });
const atArb = fc.integer({ min: -5, max: 160 }).map((d) => new Date(T0 + d * DAY));
const takenArb = fc.integer({ min: 0, max: 300 });

// The oracle states the rule directly, independently of the implementation.
const ended = (p: PricePhase, at: Date, taken: number) =>
  (p.endsAt !== null && at >= p.endsAt) || (p.endsAfterSold !== null && taken >= p.endsAfterSold);

describe("price phases, for any valid phase list, instant and taken count", () => {
  it("the generated lists are valid", () => {
    fc.assert(
      fc.property(phasesArb, (phases) => {
        expect(validatePhases(phases)).toEqual([]);
      }),
    );
  });

  it("exactly the first not-ended phase applies, or none when all have ended", () => {
    fc.assert(
      fc.property(phasesArb, atArb, takenArb, (phases, at, taken) => {
        const found = phaseAt(phases, at, taken);
        const notEnded = phases.map((p, i) => ({ p, i })).filter(({ p }) => !ended(p, at, taken));
        if (notEnded.length === 0) expect(found).toBeNull();
        else expect(found).toEqual({ phase: notEnded[0]!.p, index: notEnded[0]!.i });
      }),
    );
  });

  it("splitByPhase covers the whole quantity, each part in a phase not ended where it starts, in phase order", () => {
    fc.assert(
      fc.property(
        phasesArb,
        atArb,
        takenArb,
        fc.integer({ min: 1, max: 120 }),
        (phases, at, taken, quantity) => {
          // Sales can cover the quantity exactly when the last unit still finds a phase.
          const coverable = phaseAt(phases, at, taken + quantity - 1) !== null;
          let parts: ReturnType<typeof splitByPhase>;
          try {
            parts = splitByPhase(phases, at, taken, quantity);
          } catch (e) {
            expect(e).toBeInstanceOf(DomainError);
            expect((e as DomainError).code).toBe("SoldOut");
            expect(coverable).toBe(false);
            return;
          }
          expect(coverable).toBe(true);
          expect(parts.reduce((s, p) => s + p.quantity, 0)).toBe(quantity);
          let start = taken;
          let lastIndex = -1;
          for (const part of parts) {
            expect(part.quantity).toBeGreaterThan(0);
            expect(ended(part.phase, at, start)).toBe(false);
            expect(ended(part.phase, at, start + part.quantity - 1)).toBe(false); // its last unit too
            expect(phaseAt(phases, at, start)?.phase).toBe(part.phase);
            const index = phases.indexOf(part.phase);
            expect(index).toBeGreaterThan(lastIndex);
            lastIndex = index;
            start += part.quantity;
          }
        },
      ),
    );
  });
});
