import { thrown } from "@/test/domain-error";
import { describe, expect, it } from "vitest";
import { phaseAt, phaseStatus, splitByPhase, validatePhases, type PricePhase } from "./phases";

const march1 = new Date("2026-03-01T00:00:00Z");
const june1 = new Date("2026-06-01T00:00:00Z");
const phase = (
  id: string,
  price: number,
  endsAt: Date | null = null,
  endsAfterSold: number | null = null,
  name = id,
): PricePhase => ({ id, name, price, endsAt, endsAfterSold });

// "Early bird 25 € until 1 March or until 200 sold, then 35 € until 1 June, 45 € at the door".
const earlyBird = phase("early", 2500, march1, 200, "Early bird");
const regular = phase("regular", 3500, june1, null, "Regular");
const door = phase("door", 4500, null, null, "Door");
const ticket = [earlyBird, regular, door];

describe("validatePhases", () => {
  describe("given an early bird, a regular and a door price", () => {
    it("finds nothing wrong", () => {
      expect(validatePhases(ticket)).toEqual([]);
    });
  });

  describe("when there is no phase", () => {
    it("asks for at least one", () => {
      expect(validatePhases([])).toEqual([
        { index: 0, field: "price", message: "Add at least one price phase" },
      ]);
    });
  });

  describe("when a phase has no name or a negative or fractional price", () => {
    it("points at each field", () => {
      expect(validatePhases([phase("a", -1, march1, null, " "), phase("b", 12.5)])).toEqual([
        { index: 0, field: "name", message: "Name the phase" },
        { index: 0, field: "price", message: "Enter a price of 0 or more" },
        { index: 1, field: "price", message: "Enter a price of 0 or more" },
      ]);
    });
  });

  describe("when a phase ends on a date before the previous dated phase", () => {
    it("says the phases overlap, on the later phase's date", () => {
      expect(
        validatePhases([phase("a", 1, june1), phase("b", 2, null, 100), phase("c", 3, march1), door]),
      ).toEqual([
        { index: 2, field: "endsAt", message: "Phases overlap: this phase must end after the one before it" },
      ]);
    });
  });

  describe("when a phase ends after as many sold as an earlier one", () => {
    it("says the phases overlap, on the later phase's count", () => {
      expect(validatePhases([phase("a", 1, null, 200), phase("b", 2, null, 200), door])).toEqual([
        {
          index: 1,
          field: "endsAfterSold",
          message: "Phases overlap: this phase must end after the one before it",
        },
      ]);
    });
  });

  describe("when a phase before the last has no end", () => {
    it("says only the last phase can run until the end of sales", () => {
      expect(validatePhases([phase("a", 1), door])).toEqual([
        { index: 0, field: "endsAt", message: "Only the last phase can run until the end of sales" },
      ]);
    });
  });

  describe("when the last phase has an end", () => {
    it("accepts it: sales stop when it ends", () => {
      expect(validatePhases([earlyBird, regular])).toEqual([]);
    });
  });
});

describe("phaseAt", () => {
  describe("before the early bird's date and count", () => {
    it("is the early bird", () => {
      expect(phaseAt(ticket, new Date("2026-02-01T00:00:00Z"), 10)).toEqual({ phase: earlyBird, index: 0 });
    });
  });

  describe("when the early bird's count is reached before its date", () => {
    it("is the next phase", () => {
      expect(phaseAt(ticket, new Date("2026-02-01T00:00:00Z"), 200)?.phase.id).toBe("regular");
    });
  });

  describe("at the very instant a phase ends", () => {
    it("is already the next phase", () => {
      expect(phaseAt(ticket, march1, 0)?.phase.id).toBe("regular");
    });
  });

  describe("when a later phase's date has passed but an earlier phase is still running on its count", () => {
    it("keeps the earlier phase: the next one only starts when it ends", () => {
      const byCount = [phase("a", 1, null, 100), phase("b", 2, march1), door];
      expect(phaseAt(byCount, june1, 50)?.phase.id).toBe("a");
      expect(phaseAt(byCount, june1, 100)?.phase.id).toBe("door");
    });
  });

  describe("when every phase has ended", () => {
    it("is null: sales are over", () => {
      expect(phaseAt([earlyBird, regular], june1, 0)).toBeNull();
    });
  });
});

describe("splitByPhase", () => {
  const feb = new Date("2026-02-01T00:00:00Z");

  describe("when 5 are taken with 198 already taken and the early bird ending after 200", () => {
    it("prices 2 at early bird and 3 at the next phase", () => {
      expect(splitByPhase(ticket, feb, 198, 5)).toEqual([
        { phase: earlyBird, quantity: 2 },
        { phase: regular, quantity: 3 },
      ]);
    });
  });

  describe("when the quantity fits in the current phase", () => {
    it("is one part", () => {
      expect(splitByPhase(ticket, feb, 0, 4)).toEqual([{ phase: earlyBird, quantity: 4 }]);
    });
  });

  describe("when the quantity is 0", () => {
    it("is no parts", () => {
      expect(splitByPhase(ticket, feb, 0, 0)).toEqual([]);
    });
  });

  describe("when every phase has ended", () => {
    it("refuses as SoldOut: no longer on sale", () => {
      const e = thrown(() => splitByPhase([earlyBird, regular], june1, 0, 1, "GA ticket"));
      expect(e.code).toBe("SoldOut");
      expect(e.message).toBe("GA ticket is no longer on sale.");
    });
  });

  describe("when the last phase's count runs out in the middle of the quantity", () => {
    it("refuses as SoldOut, saying how many were still on sale", () => {
      const e = thrown(() => splitByPhase([phase("only", 1000, null, 10)], feb, 8, 5));
      expect(e.code).toBe("SoldOut");
      expect(e.message).toBe("This product is no longer on sale.");
      expect(e.details).toEqual({ onSale: 2 });
    });
  });
});

describe("phaseStatus", () => {
  const feb = new Date("2026-02-01T00:00:00Z");

  describe("during an early bird that ends by date or count", () => {
    it("shows its price, its end, how many are left at this price and the next price", () => {
      expect(phaseStatus(ticket, feb, 150)).toEqual({
        name: "Early bird",
        price: 2500,
        endsAt: march1,
        leftAtThisPrice: 50,
        nextPrice: 3500,
      });
    });
  });

  describe("during the last phase", () => {
    it("has no count left and no next price", () => {
      expect(phaseStatus(ticket, june1, 500)).toEqual({
        name: "Door",
        price: 4500,
        endsAt: null,
        leftAtThisPrice: null,
        nextPrice: null,
      });
    });
  });

  describe("when the phase after the current one has already ended by date", () => {
    it("shows the price of the one after it", () => {
      const byCount = [phase("a", 1000, null, 100), phase("b", 2000, march1), phase("c", 3000)];
      expect(phaseStatus(byCount, june1, 10)?.nextPrice).toBe(3000);
    });
  });

  describe("when sales are over", () => {
    it("is null", () => {
      expect(phaseStatus([earlyBird], march1, 0)).toBeNull();
    });
  });
});
